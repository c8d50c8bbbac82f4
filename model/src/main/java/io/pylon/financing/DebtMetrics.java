package io.pylon.financing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The borrower's figures of a debt schedule:
 * <ul>
 * <li>WAL = sum(t_i x P_i) / sum(P_i) over the principal repayments P_i, t_i in years of 365 days from the starting
 * point of credit;</li>
 * <li>all-in cost: the annual rate r with sum(CF_i / (1 + r)^((d_i - d_0) / 365)) = 0 over the borrower's cash flows
 * (drawdowns received, less fees, premium paid, interest and principal): the spreadsheet's XIRR;</li>
 * <li>grant element = 1 - PV(debt service and fees) / PV(drawdowns received), both on the first drawdown date at the
 * plan's discount rate by the XNPV convention.</li>
 * </ul>
 */
public record DebtMetrics(Totals totals, Metric weightedAverageLife, Metric allInCost, Metric grantElement) {

    private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);

    static DebtMetrics of(List<ScheduleRow> rows, LocalDate startingPointOfCredit, BigDecimal discountRate) {
        Totals totals = Totals.of(rows);
        return new DebtMetrics(totals, weightedAverageLife(rows, totals, startingPointOfCredit),
                DatedCashFlows.of(rows, ScheduleRow::borrowerCashFlow).internalRate(),
                grantElement(rows, discountRate.doubleValue()));
    }

    private static Metric weightedAverageLife(List<ScheduleRow> rows, Totals totals, LocalDate startingPointOfCredit) {
        if (totals.principal().signum() == 0) {
            return Metric.undefined("nothing is repaid");
        }
        BigDecimal weighted = rows.stream()
                .map(row -> row.principal().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(startingPointOfCredit,
                        row.date())), MathContext.DECIMAL128))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Metric.of(weighted.divide(DAYS_A_YEAR, MathContext.DECIMAL128)
                .divide(totals.principal(), MathContext.DECIMAL128));
    }

    private static Metric grantElement(List<ScheduleRow> rows, double rate) {
        List<ScheduleRow> drawn = rows.stream().filter(row -> row.drawdown().signum() > 0).toList();
        if (drawn.isEmpty()) {
            return Metric.undefined("nothing is drawn");
        }
        LocalDate firstDrawdown = drawn.get(0).date();
        double received = DatedCashFlows.of(rows, ScheduleRow::drawdown).presentValueOn(firstDrawdown, rate);
        double paid = DatedCashFlows.of(rows, ScheduleRow::debtService).presentValueOn(firstDrawdown, rate);
        return Metric.of(BigDecimal.valueOf(1 - paid / received));
    }
}
