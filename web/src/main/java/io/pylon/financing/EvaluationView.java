package io.pylon.financing;

import io.pylon.financing.RuleCheck.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan worked out, as the API shows it: amounts rounded to the cent and rates and years to 10 decimals, as decimal
 * strings, only here for display (the engine keeps 34 digits). {@code metrics} are those of the debt (the repaid
 * tranches) together; a metric that is not defined is absent, with the reason under {@code notDefined}. An equity,
 * budget or grant tranche has no metrics.
 */
public record EvaluationView(String currency, MetricsView metrics, List<CheckView> checks, List<RowView> schedule,
                             List<TrancheView> tranches) {

    private static final int AMOUNT_SCALE = 2;
    private static final int RATE_SCALE = 10;

    public record TrancheView(String name, TrancheType type, MetricsView metrics, List<RowView> schedule) {
    }

    public record RowView(LocalDate date, String drawdown, String interest, String commitmentFee, String upfrontFee,
                          String premiumPaid, String premiumFinanced, String capitalisedInterest, String principal,
                          String debtService, String outstanding) {

        static RowView of(ScheduleRow row) {
            return new RowView(row.date(), amount(row.drawdown()), amount(row.interest()), amount(row.commitmentFee()),
                    amount(row.upfrontFee()), amount(row.premiumPaid()), amount(row.premiumFinanced()),
                    amount(row.capitalisedInterest()), amount(row.principal()), amount(row.debtService()),
                    amount(row.outstanding()));
        }
    }

    /**
     * {@code wal} in years from the starting point of credit; {@code allInCost} and {@code grantElement} as decimal
     * fractions.
     */
    public record MetricsView(String wal, String allInCost, String grantElement, Map<String, String> notDefined,
                              TotalsView totals) {

        static MetricsView of(DebtMetrics metrics) {
            Map<String, String> notDefined = new LinkedHashMap<>();
            return new MetricsView(rate("wal", metrics.weightedAverageLife(), notDefined),
                    rate("allInCost", metrics.allInCost(), notDefined),
                    rate("grantElement", metrics.grantElement(), notDefined), notDefined, TotalsView.of(metrics.totals()));
        }
    }

    public record TotalsView(String drawdowns, String interest, String commitmentFees, String upfrontFees, String premium,
                             String capitalisedInterest, String principal, String debtService, String peakOutstanding) {

        static TotalsView of(Totals totals) {
            return new TotalsView(amount(totals.drawdowns()), amount(totals.interest()), amount(totals.commitmentFees()),
                    amount(totals.upfrontFees()), amount(totals.premium()), amount(totals.capitalisedInterest()),
                    amount(totals.principal()), amount(totals.debtService()), amount(totals.peakOutstanding()));
        }
    }

    /** One rule of the OECD Arrangement: {@code passed} unless FAILED or to be reviewed. */
    public record CheckView(ArrangementRule rule, boolean passed, Outcome outcome, String message) {

        static CheckView of(RuleCheck check) {
            return new CheckView(check.rule(), check.passed(), check.outcome(), check.message());
        }
    }

    static EvaluationView of(Evaluation evaluation) {
        return new EvaluationView(evaluation.plan().currency().getCurrencyCode(), MetricsView.of(evaluation.debt()),
                evaluation.checks().stream().map(CheckView::of).toList(),
                evaluation.total().stream().map(RowView::of).toList(),
                evaluation.tranches().stream().map(result -> new TrancheView(result.schedule().tranche().name(),
                        result.schedule().tranche().type(),
                        result.metrics() == null ? null : MetricsView.of(result.metrics()),
                        result.schedule().rows().stream().map(RowView::of).toList())).toList());
    }

    static String amount(BigDecimal value) {
        return value.setScale(AMOUNT_SCALE, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A rate (or years, or a ratio) for display, or null with the reason it is not defined put under {@code name}. */
    static String rate(String name, Metric metric, Map<String, String> notDefined) {
        return shown(name, metric, notDefined, RATE_SCALE);
    }

    /** An amount for display, or null with the reason it is not defined put under {@code name}. */
    static String amount(String name, Metric metric, Map<String, String> notDefined) {
        return shown(name, metric, notDefined, AMOUNT_SCALE);
    }

    private static String shown(String name, Metric metric, Map<String, String> notDefined, int scale) {
        if (metric.value() == null) {
            notDefined.put(name, metric.undefinedBecause());
            return null;
        }
        return metric.value().setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }
}
