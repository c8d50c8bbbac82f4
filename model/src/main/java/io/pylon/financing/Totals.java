package io.pylon.financing;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The sums of a schedule's columns, and its highest outstanding balance. */
public record Totals(BigDecimal drawdowns, BigDecimal interest, BigDecimal commitmentFees, BigDecimal upfrontFees,
                     BigDecimal premium, BigDecimal capitalisedInterest, BigDecimal principal, BigDecimal debtService,
                     BigDecimal peakOutstanding) {

    static Totals of(List<ScheduleRow> rows) {
        return new Totals(sum(rows, ScheduleRow::drawdown), sum(rows, ScheduleRow::interest),
                sum(rows, ScheduleRow::commitmentFee), sum(rows, ScheduleRow::upfrontFee),
                sum(rows, row -> row.premiumPaid().add(row.premiumFinanced())), sum(rows, ScheduleRow::capitalisedInterest),
                sum(rows, ScheduleRow::principal), sum(rows, ScheduleRow::debtService),
                rows.stream().map(ScheduleRow::outstanding).reduce(BigDecimal.ZERO, BigDecimal::max));
    }

    private static BigDecimal sum(List<ScheduleRow> rows, Function<ScheduleRow, BigDecimal> column) {
        return rows.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
