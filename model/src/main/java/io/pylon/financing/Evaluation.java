package io.pylon.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A financing plan worked out: each tranche's schedule and figures, the total schedule of all tranches and that of the
 * debt (the repaid tranches), the figures of the debt together, and the Arrangement's checks.
 */
public record Evaluation(FinancingPlan plan, List<TrancheResult> tranches, List<ScheduleRow> total,
                         List<ScheduleRow> debtRows, DebtMetrics debt, List<RuleCheck> checks) {

    /** One tranche's schedule and, for a debt tranche, its figures (null for equity, budget and grants). */
    public record TrancheResult(TrancheSchedule schedule, DebtMetrics metrics) {
    }

    public static Evaluation of(FinancingPlan plan) {
        List<TrancheSchedule> schedules = plan.tranches().stream()
                .map(tranche -> TrancheSchedule.of(tranche, plan.startingPointOfCredit())).toList();
        List<TrancheResult> results = schedules.stream().map(schedule -> new TrancheResult(schedule,
                schedule.tranche().type().isDebt()
                        ? DebtMetrics.of(schedule.rows(), plan.startingPointOfCredit(), plan.discountRate()) : null))
                .toList();
        List<ScheduleRow> debtRows = byDay(schedules.stream().filter(s -> s.tranche().type().isDebt()).toList());
        return new Evaluation(plan, results, byDay(schedules), debtRows,
                DebtMetrics.of(debtRows, plan.startingPointOfCredit(), plan.discountRate()), ArrangementChecks.of(plan));
    }

    /**
     * The schedules as one: each day's flows summed over the tranches, and the outstanding balance of all of them
     * that day, a tranche without a row that day counting with its last balance before it.
     */
    private static List<ScheduleRow> byDay(List<TrancheSchedule> schedules) {
        Map<LocalDate, ScheduleRow> days = new TreeMap<>();
        List<TreeMap<LocalDate, BigDecimal>> balances = new ArrayList<>();
        for (TrancheSchedule schedule : schedules) {
            TreeMap<LocalDate, BigDecimal> balance = new TreeMap<>();
            for (ScheduleRow row : schedule.rows()) {
                days.merge(row.date(), row, ScheduleRow::plus);
                balance.put(row.date(), row.outstanding());
            }
            balances.add(balance);
        }
        return days.values().stream().map(row -> row.withOutstanding(balances.stream()
                .map(balance -> balance.floorEntry(row.date()))
                .map(last -> last == null ? BigDecimal.ZERO : last.getValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
    }
}
