package io.pylon.scoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An account's score as last computed: the composite (null when no criterion had data), when,
 * and its parts. A new computation replaces it whole.
 */
@Entity
@Table(name = "account_score")
public class AccountScore {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(precision = 7, scale = ScorePart.SCALE)
    private BigDecimal score;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @ElementCollection
    @CollectionTable(name = "account_score_part", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "part_order")
    private List<ScorePart> parts = new ArrayList<>();

    protected AccountScore() {
    }

    public AccountScore(long accountId, WeightedScore computed, Instant computedAt) {
        this.accountId = accountId;
        this.score = ScorePart.scaled(computed.score(), ScorePart.SCALE);
        this.computedAt = Objects.requireNonNull(computedAt);
        computed.parts().stream().map(ScorePart::of).forEach(parts::add);
    }

    public long accountId() {
        return accountId;
    }

    public BigDecimal score() {
        return score;
    }

    public Instant computedAt() {
        return computedAt;
    }

    public List<ScorePart> parts() {
        return List.copyOf(parts);
    }
}
