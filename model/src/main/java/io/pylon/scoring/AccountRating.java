package io.pylon.scoring;

import io.pylon.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** The ratings an account's team gave it, with who gave them and when; one per account, replaced as a whole. */
@Entity
@Table(name = "account_rating")
public class AccountRating {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    /** Mapped, rather than its id alone, so that a new account and its rating are inserted in that order. */
    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Version
    private long version;

    @Column(name = "strategic_significance")
    private Integer strategicSignificance;

    @Column(name = "payment_behaviour")
    private Integer paymentBehaviour;

    @Column(nullable = false, length = Ratings.MAX_COMMENT)
    private String comment;

    @Column(name = "rated_by", nullable = false, length = 64)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected AccountRating() {
    }

    public AccountRating(Account account, Ratings ratings, String ratedBy, Instant ratedAt) {
        this.account = Objects.requireNonNull(account);
        rerate(ratings, ratedBy, ratedAt);
    }

    public void rerate(Ratings ratings, String ratedBy, Instant ratedAt) {
        this.strategicSignificance = ratings.strategicSignificance();
        this.paymentBehaviour = ratings.paymentBehaviour();
        this.comment = ratings.comment();
        this.ratedBy = Objects.requireNonNull(ratedBy);
        this.ratedAt = Objects.requireNonNull(ratedAt);
    }

    public long accountId() {
        return accountId;
    }

    public Ratings ratings() {
        return new Ratings(strategicSignificance, paymentBehaviour, comment);
    }

    public String ratedBy() {
        return ratedBy;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
