package io.pylon.scoring;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weighting of every criterion, in the order of {@link Criterion}. A score needs something
 * to weigh: at least one criterion must be enabled with a weight above 0.
 */
public record Weightings(Map<Criterion, Weighting> byCriterion) {

    public Weightings {
        EnumMap<Criterion, Weighting> complete = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            complete.put(criterion, byCriterion.getOrDefault(criterion, Weighting.byDefault(criterion)));
        }
        if (complete.values().stream().noneMatch(Weighting::counts)) {
            throw new DomainRuleViolation("criteria", Reason.REQUIRED,
                    "at least one criterion must be enabled with a weight above 0");
        }
        byCriterion = Collections.unmodifiableMap(complete);
    }

    public Weighting of(Criterion criterion) {
        return byCriterion.get(criterion);
    }
}
