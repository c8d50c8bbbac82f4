package io.pylon.project;

import io.pylon.api.MoneyView;
import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One reporting period's earned value as the API shows it: the figures recorded, and from them CV = EV − AC,
 * SV = EV − PV, CPI = EV / AC, SPI = EV / PV, EAC by CPI (AC + (BAC − EV) / CPI) and by CPI × SPI
 * (AC + (BAC − EV) / (CPI × SPI)), ETC = EAC − AC and VAC = BAC − EAC for each, TCPI = (BAC − EV) / (BAC − AC).
 * Indexes to 4 decimals; a figure whose denominator is zero is absent.
 */
public record EarnedValueView(LocalDate periodEnd, MoneyView budgetAtCompletion, MoneyView plannedValue,
                              MoneyView earnedValue, MoneyView actualCost, MoneyView costVariance,
                              MoneyView scheduleVariance, BigDecimal costPerformanceIndex,
                              BigDecimal schedulePerformanceIndex, Forecast byCpi, Forecast byCpiTimesSpi,
                              BigDecimal toCompletePerformanceIndex, String recordedBy, Instant recordedAt) {

    /** What one EAC method forecasts. */
    public record Forecast(MoneyView estimateAtCompletion, MoneyView estimateToComplete, MoneyView varianceAtCompletion) {

        static Forecast of(EarnedValue values, EacMethod method) {
            return new Forecast(money(values.estimateAtCompletion(method)), money(values.estimateToComplete(method)),
                    money(values.varianceAtCompletion(method)));
        }
    }

    static EarnedValueView of(ReportingPeriod period) {
        EarnedValue values = period.values();
        return new EarnedValueView(period.periodEnd(), MoneyView.of(values.budgetAtCompletion()),
                MoneyView.of(values.plannedValue()), MoneyView.of(values.earnedValue()), MoneyView.of(values.actualCost()),
                MoneyView.of(values.costVariance()), MoneyView.of(values.scheduleVariance()),
                values.costPerformanceIndex().orElse(null), values.schedulePerformanceIndex().orElse(null),
                Forecast.of(values, EacMethod.CPI), Forecast.of(values, EacMethod.CPI_TIMES_SPI),
                values.toCompletePerformanceIndex().orElse(null), period.recordedBy(), period.recordedAt());
    }

    private static MoneyView money(Optional<Money> amount) {
        return amount.map(MoneyView::of).orElse(null);
    }
}
