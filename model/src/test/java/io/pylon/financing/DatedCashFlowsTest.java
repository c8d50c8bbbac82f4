package io.pylon.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatedCashFlowsTest {

    /** The example of Microsoft's XIRR and XNPV documentation. */
    private final DatedCashFlows example = new DatedCashFlows(Map.of(
            LocalDate.of(2008, 1, 1), new BigDecimal("-10000"),
            LocalDate.of(2008, 3, 1), new BigDecimal("2750"),
            LocalDate.of(2008, 10, 30), new BigDecimal("4250"),
            LocalDate.of(2009, 2, 15), new BigDecimal("3250"),
            LocalDate.of(2009, 4, 1), new BigDecimal("2750")));

    @Test
    void discountsAsXnpvDoes() {
        // By hand: each flow over 1.09 to the power of its days from 1 January 2008 over 365.
        double expected = -10000 + 2750 / Math.pow(1.09, 60 / 365.0) + 4250 / Math.pow(1.09, 303 / 365.0)
                + 3250 / Math.pow(1.09, 411 / 365.0) + 2750 / Math.pow(1.09, 456 / 365.0);
        assertThat(example.presentValue(0.09)).isCloseTo(expected, within(1e-9));
        assertThat(example.presentValue(0.09)).isCloseTo(2086.6476, within(1e-4));
    }

    @Test
    void findsTheRateXirrFinds() {
        double rate = example.internalRate().value().doubleValue();
        assertThat(example.presentValue(rate)).as("the definition: worth nothing at that rate").isCloseTo(0, within(1e-8));
        // The documentation shows 37.34% as 0.373362535, rounded to nine digits by Excel's own stopping rule.
        assertThat(rate).isCloseTo(0.373362535, within(5e-9));
    }

    @Test
    void saysWhyFlowsOfOneSignHaveNoRate() {
        Metric none = new DatedCashFlows(Map.of(LocalDate.of(2026, 1, 1), BigDecimal.ONE,
                LocalDate.of(2027, 1, 1), BigDecimal.TEN)).internalRate();
        assertThat(none.defined()).isEmpty();
        assertThat(none.undefinedBecause()).contains("both in and out");
    }

    @Test
    void takesOfSeveralRatesTheOneNearestTheSpreadsheetsGuess() {
        // -100, +230, -132 in yearly steps: worth nothing at 10% and at 20% (the roots of 100x^2 - 230x + 132);
        // -100, +236, -138.99 at 13% and 23%.
        DatedCashFlows flows = new DatedCashFlows(Map.of(LocalDate.of(2025, 1, 1), new BigDecimal("-100"),
                LocalDate.of(2026, 1, 1), new BigDecimal("230"), LocalDate.of(2027, 1, 1), new BigDecimal("-132")));

        assertThat(flows.internalRate().value().doubleValue()).isCloseTo(0.10, within(1e-12));
        DatedCashFlows later = new DatedCashFlows(Map.of(LocalDate.of(2025, 1, 1), new BigDecimal("-100"),
                LocalDate.of(2026, 1, 1), new BigDecimal("236"), LocalDate.of(2027, 1, 1), new BigDecimal("-138.99")));
        assertThat(later.internalRate().value().doubleValue()).isCloseTo(0.13, within(1e-12));
    }
}
