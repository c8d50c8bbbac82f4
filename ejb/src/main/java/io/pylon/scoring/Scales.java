package io.pylon.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

/** Scales and formats the measures share. */
final class Scales {

    /** Sums of money are compared in one currency; the imported financiers' exports are in US dollars. */
    static final Currency REPORTING_CURRENCY = Currency.getInstance("USD");

    /** Orders of magnitude below the largest sum at which {@link #againstTheLargest} reaches 0. */
    static final int DECADES = 3;

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private Scales() {
    }

    /** A rating or average from 1 to 5 on the scale 0 to 100: 1 scores 0, 3 scores 50, 5 scores 100. */
    static BigDecimal fromOneToFive(BigDecimal rating) {
        return Measurement.clamp(rating.subtract(BigDecimal.ONE).multiply(Measurement.HIGHEST)
                .divide(FOUR, MathContext.DECIMAL64));
    }

    /**
     * A sum on a logarithmic scale against the largest account's: the largest scores 100, a tenth of it 66.7, a
     * hundredth 33.3, a thousandth or less 0. Logarithmic because such sums span several orders of magnitude;
     * linear, all but the largest few would score near 0.
     */
    static BigDecimal againstTheLargest(BigDecimal sum, BigDecimal largest) {
        return sum.signum() <= 0 || largest == null || largest.signum() <= 0 ? BigDecimal.ZERO
                : score(100 * (1 + Math.log10(sum.doubleValue() / largest.doubleValue()) / DECADES));
    }

    /** A score of a double (a logarithm's result), held to 0 to 100. */
    static BigDecimal score(double value) {
        return Measurement.clamp(new BigDecimal(value, MathContext.DECIMAL64));
    }

    /** Money as an explanation shows it: whole units, no grouping (the reader's UI groups). */
    static String money(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    static String twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
