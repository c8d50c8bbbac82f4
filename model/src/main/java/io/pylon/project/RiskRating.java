package io.pylon.project;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** How likely a risk is and how hard it would hit, each on a 1-5 scale; their product places it on the heat map. */
@Embeddable
public class RiskRating {

    public static final int MIN = 1;
    public static final int MAX = 5;

    @Column(nullable = false)
    private int probability;

    @Column(nullable = false)
    private int impact;

    protected RiskRating() {
    }

    public RiskRating(int probability, int impact) {
        this.probability = onTheScale("probability", probability);
        this.impact = onTheScale("impact", impact);
    }

    private static int onTheScale(String field, int value) {
        if (value < MIN || value > MAX) {
            throw new DomainRuleViolation(field, Reason.OUT_OF_RANGE, "must be between " + MIN + " and " + MAX);
        }
        return value;
    }

    public int probability() {
        return probability;
    }

    public int impact() {
        return impact;
    }

    /** Probability times impact, 1 to 25. */
    public int score() {
        return probability * impact;
    }

    public RiskSeverity severity() {
        return RiskSeverity.of(score());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiskRating that && probability == that.probability && impact == that.impact;
    }

    @Override
    public int hashCode() {
        return Objects.hash(probability, impact);
    }
}
