package io.pylon.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * A weighted composite of scores 0 to 100, such as an account's score or its health. The weights
 * are normalised over the parts that have data: a part without data is left out and says so, and
 * its weight goes to the others in proportion. The result is kept unrounded (to 16 significant
 * digits); only what displays it rounds. Without any part that has data there is no score.
 */
public record WeightedScore(BigDecimal score, List<Part> parts) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** One criterion as configured: how much it weighs (0 to 100) and what it measured. */
    public record Input(String criterion, int weight, Measurement measurement) {

        public Input {
            Objects.requireNonNull(criterion);
            Objects.requireNonNull(measurement);
            if (weight < 0) {
                throw new IllegalArgumentException("a weight is not negative: " + weight);
            }
        }
    }

    /** Why a part does not count towards the composite. */
    public enum LeftOut {
        /** The criterion found nothing to measure for this account. */
        NO_DATA,
        /** The criterion weighs nothing. */
        NO_WEIGHT
    }

    /**
     * One criterion in the composite: its configured {@code weight}, the {@code share} of the
     * total that weight came to (0 to 1), the measured {@code figure}, its {@code score},
     * the {@code contribution} (score times share) and why. A part {@code leftOut} has no share
     * and no contribution; {@code leftOut} is null for the parts that count.
     */
    public record Part(String criterion, int weight, BigDecimal share, BigDecimal figure, BigDecimal score,
                       BigDecimal contribution, LeftOut leftOut, Explanation explanation) {

        public boolean counted() {
            return leftOut == null;
        }
    }

    public WeightedScore {
        parts = List.copyOf(parts);
    }

    public static WeightedScore of(List<Input> inputs) {
        BigDecimal totalWeight = BigDecimal.valueOf(inputs.stream()
                .filter(WeightedScore::counts)
                .mapToInt(Input::weight)
                .sum());
        if (totalWeight.signum() == 0) {
            return new WeightedScore(null, inputs.stream().map(WeightedScore::leftOut).toList());
        }
        List<Part> parts = inputs.stream()
                .map(input -> counts(input) ? counted(input, totalWeight) : leftOut(input))
                .toList();
        BigDecimal score = parts.stream()
                .filter(Part::counted)
                .map(Part::contribution)
                .reduce(BigDecimal.ZERO, (sum, contribution) -> sum.add(contribution, PRECISION));
        return new WeightedScore(Measurement.clamp(score), parts);
    }

    public boolean hasScore() {
        return score != null;
    }

    private static boolean counts(Input input) {
        return input.weight() > 0 && input.measurement().hasData();
    }

    private static Part counted(Input input, BigDecimal totalWeight) {
        Measurement measured = input.measurement();
        BigDecimal share = BigDecimal.valueOf(input.weight()).divide(totalWeight, PRECISION);
        return new Part(input.criterion(), input.weight(), share, measured.figure(), measured.score(),
                measured.score().multiply(share, PRECISION), null, measured.explanation());
    }

    private static Part leftOut(Input input) {
        Measurement measured = input.measurement();
        LeftOut why = measured.hasData() ? LeftOut.NO_WEIGHT : LeftOut.NO_DATA;
        return new Part(input.criterion(), input.weight(), null, measured.figure(), measured.score(), null, why,
                measured.explanation());
    }
}
