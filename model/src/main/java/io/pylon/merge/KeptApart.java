package io.pylon.merge;

import io.pylon.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's decision that two accounts with similar names are different agencies, so that the
 * pair is not offered for merging again. The pair is stored lower id first.
 */
@Entity
@Table(name = "account_pair_kept_apart")
public class KeptApart {

    @Embeddable
    public record Pair(@Column(name = "first_account_id") long first, @Column(name = "second_account_id") long second) {

        /** The pair of two different accounts, in either order. */
        public static Pair of(long one, long other) {
            if (one == other) {
                throw new IllegalArgumentException("an account is no pair with itself");
            }
            return new Pair(Math.min(one, other), Math.max(one, other));
        }
    }

    @EmbeddedId
    private Pair pair;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected KeptApart() {
    }

    public KeptApart(Account one, Account other, String decidedBy, Instant decidedAt) {
        this.pair = Pair.of(one.id(), other.id());
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    public Pair pair() {
        return pair;
    }
}
