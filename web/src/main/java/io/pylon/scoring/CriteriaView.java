package io.pylon.scoring;

import java.util.List;

/** The scoring criteria as the API shows them, in their fixed order. */
public record CriteriaView(List<CriterionView> criteria) {

    /** One criterion: its weight 0-100 relative to the others, whether it counts, and the weight it has by default. */
    public record CriterionView(Criterion criterion, int weight, boolean enabled, int defaultWeight) {
    }

    static CriteriaView of(Weightings weightings) {
        return new CriteriaView(weightings.byCriterion().entrySet().stream()
                .map(entry -> new CriterionView(entry.getKey(), entry.getValue().weight(), entry.getValue().enabled(),
                        entry.getKey().defaultWeight()))
                .toList());
    }
}
