package io.pylon.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one criterion found for one account: the measured {@code figure} (a sum of money, a
 * ratio, a rating), its {@code score} on the common scale 0 to 100, and why. Without data both
 * are null, and the criterion is left out of the account's composite.
 */
public record Measurement(BigDecimal figure, BigDecimal score, Explanation explanation) {

    public static final BigDecimal LOWEST = BigDecimal.ZERO;
    public static final BigDecimal HIGHEST = BigDecimal.valueOf(100);

    public Measurement {
        Objects.requireNonNull(explanation);
        if (score != null && (score.compareTo(LOWEST) < 0 || score.compareTo(HIGHEST) > 0)) {
            throw new IllegalArgumentException("a score runs from 0 to 100, not " + score);
        }
    }

    public static Measurement of(BigDecimal figure, BigDecimal score, Explanation explanation) {
        return new Measurement(figure, Objects.requireNonNull(score), explanation);
    }

    public static Measurement none(Explanation explanation) {
        return new Measurement(null, null, explanation);
    }

    public boolean hasData() {
        return score != null;
    }

    /** {@code value} held to the scale 0 to 100. */
    public static BigDecimal clamp(BigDecimal value) {
        return value.max(LOWEST).min(HIGHEST);
    }
}
