package io.pylon.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How concentrated a portfolio's value is over its holders (accounts, or countries): the share of the largest five
 * and ten, and the Herfindahl-Hirschman index, the sum of the squared percentage shares: 10,000 when one holder has
 * everything, 10,000 / n when n holders have equal parts; competition authorities read above 2,500 as highly
 * concentrated and below 1,500 as unconcentrated. Shares are fractions of 1 rounded half-even to
 * {@value Pareto#SHARE_SCALE} decimals, the index to two decimals; with no value at all, everything is zero.
 */
public record Concentration(int holders, BigDecimal topFiveShare, BigDecimal topTenShare, BigDecimal herfindahlIndex) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Concentration of(Collection<BigDecimal> values) {
        List<BigDecimal> largestFirst = values.stream().sorted(Comparator.reverseOrder()).toList();
        BigDecimal total = largestFirst.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            BigDecimal zero = BigDecimal.ZERO.setScale(Pareto.SHARE_SCALE);
            return new Concentration(values.size(), zero, zero, BigDecimal.ZERO.setScale(2));
        }
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        for (BigDecimal value : largestFirst) {
            sumOfSquares = sumOfSquares.add(value.multiply(value));
        }
        // sum((v / total * 100)^2) = 10,000 * sum(v^2) / total^2, divided once so the index is exact to its rounding.
        BigDecimal index = sumOfSquares.multiply(HUNDRED).multiply(HUNDRED)
                .divide(total.multiply(total), 2, RoundingMode.HALF_EVEN);
        return new Concentration(values.size(), shareOfLargest(largestFirst, 5, total),
                shareOfLargest(largestFirst, 10, total), index);
    }

    private static BigDecimal shareOfLargest(List<BigDecimal> largestFirst, int count, BigDecimal total) {
        BigDecimal largest = largestFirst.stream().limit(count).reduce(BigDecimal.ZERO, BigDecimal::add);
        return largest.divide(total, Pareto.SHARE_SCALE, RoundingMode.HALF_EVEN);
    }
}
