package io.pylon.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How a gate's should-meet criteria score together: their scores (0-5) averaged by weight over those scored so far,
 * on the same 0-5 scale, and how much of the weight that covers. An unscored criterion is left out rather than
 * counted as 0, so a half-done review is not read as a poor one; {@code scoredWeight} against {@code totalWeight}
 * says how complete it is.
 */
public record WeightedScore(BigDecimal average, int scoredWeight, int totalWeight) {

    /** The score of the should-meet criteria among {@code criteria}; none while no weighted one is scored. */
    static Optional<WeightedScore> of(List<GateCriterion> criteria) {
        List<GateCriterion> weighted = criteria.stream()
                .filter(criterion -> criterion.kind() == CriterionKind.SHOULD_MEET && criterion.weight() > 0)
                .toList();
        List<GateCriterion> scored = weighted.stream().filter(criterion -> criterion.score() != null).toList();
        int scoredWeight = scored.stream().mapToInt(GateCriterion::weight).sum();
        if (scoredWeight == 0) {
            return Optional.empty();
        }
        long points = scored.stream().mapToLong(criterion -> (long) criterion.weight() * criterion.score()).sum();
        return Optional.of(new WeightedScore(BigDecimal.valueOf(points).divide(BigDecimal.valueOf(scoredWeight), 2,
                RoundingMode.HALF_UP), scoredWeight, weighted.stream().mapToInt(GateCriterion::weight).sum()));
    }

    /** The average as a share of the best score, 0 to 100. */
    public int percent() {
        return average.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(GateCriterion.MAX_SCORE), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
