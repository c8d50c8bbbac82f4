package io.pylon.scoring;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;

/** A criterion's weight, 0 to 100, relative to the others, and whether it counts. */
public record Weighting(int weight, boolean enabled) {

    public Weighting {
        if (weight < Criterion.MIN_WEIGHT || weight > Criterion.MAX_WEIGHT) {
            throw new DomainRuleViolation("weight", Reason.OUT_OF_RANGE,
                    "must be between " + Criterion.MIN_WEIGHT + " and " + Criterion.MAX_WEIGHT);
        }
    }

    public static Weighting byDefault(Criterion criterion) {
        return new Weighting(criterion.defaultWeight(), true);
    }

    /** Whether the criterion takes part in a score: enabled, and weighing something. */
    public boolean counts() {
        return enabled && weight > 0;
    }
}
