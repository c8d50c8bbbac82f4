package io.pylon.health;

import io.pylon.account.SurveyTrend;
import io.pylon.relationship.VisitSchedule;
import io.pylon.scoring.Explanation;
import io.pylon.scoring.Measurement;
import io.pylon.scoring.WeightedScore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How healthy an account relationship is, 0 to 100, from four parts with fixed weights:
 * <ul>
 * <li>{@code SATISFACTION} (35): the latest survey's average, 1 scoring 0 and 5 scoring 100, moved by 25
 *     points per point it changed since the survey before;</li>
 * <li>{@code FOLLOW_UPS} (25): the share of open follow-ups that are not overdue (none open scores 100);</li>
 * <li>{@code VISITS} (15): the visit cadence of the account's tier kept (100), a visit due within two weeks
 *     (75), or overdue (0);</li>
 * <li>{@code PIPELINE_COVERAGE} (25): the pipeline weighted by win probability against the contracted value;
 *     a pipeline at least as large scores 100, none scores 0, a pipeline without contracts 100;</li>
 * <li>{@code GATE_SCHEDULE} (20): how late the next gates of the account's live projects are, on average, in days
 *     past their planned dates (0 for a gate not yet due): on time scores 100, each day late takes
 *     {@value #POINTS_PER_DAY_LATE} points off, so 50 days late or more scores 0;</li>
 * <li>{@code RECEIVABLES} (20): the share of what the agency owes (invoices issued and unpaid) that is not yet
 *     overdue: none overdue scores 100, all of it overdue 0.</li>
 * </ul>
 * Each part counts as its weight's share of the weights of the parts with data: a part without data (no survey,
 * no opportunity, no planned gate, nothing receivable) is left out and its weight shared among the others.
 */
public final class AccountHealth {

    public enum Part {
        SATISFACTION(35), FOLLOW_UPS(25), VISITS(15), PIPELINE_COVERAGE(25), GATE_SCHEDULE(20), RECEIVABLES(20);

        private final int weight;

        Part(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }

    /** Points a change of one point in the survey average moves the satisfaction score. */
    private static final BigDecimal POINTS_PER_CHANGE = BigDecimal.valueOf(25);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LOWEST_SURVEY_SCORE = BigDecimal.ONE;
    private static final BigDecimal SURVEY_SCALE = BigDecimal.valueOf(4);
    private static final BigDecimal VISIT_DUE_SCORE = BigDecimal.valueOf(75);
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final int POINTS_PER_DAY_LATE = 2;

    private AccountHealth() {
    }

    /**
     * What the composite is made of, money in {@code currency}: the satisfaction trend, the open follow-ups and how
     * many of them are overdue, the visit schedule, the contracted value and weighted pipeline, what the agency owes
     * and how much of it is overdue, and the lateness of the next gates of its live projects.
     */
    public record Facts(SurveyTrend satisfaction, int openFollowUps, int overdueFollowUps, VisitSchedule visit,
                        BigDecimal contracted, BigDecimal weightedPipeline, BigDecimal receivable,
                        BigDecimal overdueReceivable, String currency, GateLateness nextGates) {
    }

    /** The composite of what is known about the account. */
    public static WeightedScore of(Facts facts) {
        return WeightedScore.of(List.of(
                input(Part.SATISFACTION, satisfaction(facts.satisfaction())),
                input(Part.FOLLOW_UPS, followUps(facts.openFollowUps(), facts.overdueFollowUps())),
                input(Part.VISITS, visits(facts.visit())),
                input(Part.PIPELINE_COVERAGE, pipelineCoverage(facts.contracted(), facts.weightedPipeline(),
                        facts.currency())),
                input(Part.GATE_SCHEDULE, gateSchedule(facts.nextGates())),
                input(Part.RECEIVABLES, receivables(facts.receivable(), facts.overdueReceivable(), facts.currency()))));
    }

    static Measurement satisfaction(SurveyTrend trend) {
        if (trend.latestAverage() == null) {
            return Measurement.none(explanation("health.satisfaction.none", Map.of(), "No satisfaction survey yet"));
        }
        BigDecimal change = trend.change() == null ? BigDecimal.ZERO : trend.change();
        BigDecimal level = trend.latestAverage().subtract(LOWEST_SURVEY_SCORE).divide(SURVEY_SCALE, PRECISION).multiply(HUNDRED);
        BigDecimal score = Measurement.clamp(level.add(change.multiply(POINTS_PER_CHANGE)));
        return Measurement.of(trend.latestAverage(), score, explanation("health.satisfaction.measured",
                Map.of("average", trend.latestAverage().toPlainString(), "change", change.toPlainString()),
                "Latest survey average " + trend.latestAverage().toPlainString() + " of 5, changed by "
                        + change.toPlainString() + " since the survey before"));
    }

    static Measurement followUps(int open, int overdue) {
        BigDecimal score = open == 0 ? HUNDRED
                : HUNDRED.multiply(BigDecimal.valueOf(open - overdue)).divide(BigDecimal.valueOf(open), PRECISION);
        return Measurement.of(BigDecimal.valueOf(overdue), score, explanation("health.followUps.measured",
                Map.of("overdue", String.valueOf(overdue), "open", String.valueOf(open)),
                overdue + " of " + open + " open follow-ups overdue"));
    }

    static Measurement visits(VisitSchedule visit) {
        BigDecimal score = switch (visit.status()) {
            case OK -> HUNDRED;
            case DUE -> VISIT_DUE_SCORE;
            case OVERDUE -> BigDecimal.ZERO;
        };
        Map<String, String> args = new LinkedHashMap<>();
        args.put("status", visit.status().name());
        args.put("nextDue", visit.nextDue().toString());
        args.put("months", String.valueOf(visit.cadenceMonths()));
        args.put("tier", visit.tier().name());
        return Measurement.of(null, score, explanation("health.visits." + visit.status().name(), args,
                "Next visit due " + visit.nextDue() + " (tier " + visit.tier() + ": every " + visit.cadenceMonths()
                        + " months)"));
    }

    static Measurement pipelineCoverage(BigDecimal contracted, BigDecimal pipeline, String currency) {
        Map<String, String> args = Map.of("contracted", contracted.toPlainString(), "pipeline", pipeline.toPlainString(),
                "currency", currency);
        if (contracted.signum() == 0 && pipeline.signum() == 0) {
            return Measurement.none(explanation("health.pipeline.none", args, "No open or won opportunity"));
        }
        if (contracted.signum() == 0) {
            return Measurement.of(null, HUNDRED, explanation("health.pipeline.new", args,
                    "Weighted pipeline of " + pipeline.toPlainString() + " " + currency + " and nothing contracted yet"));
        }
        BigDecimal coverage = pipeline.divide(contracted, PRECISION);
        return Measurement.of(coverage, Measurement.clamp(coverage.multiply(HUNDRED)), explanation("health.pipeline.measured",
                args, "Weighted pipeline of " + pipeline.toPlainString() + " " + currency + " against "
                        + contracted.toPlainString() + " " + currency + " contracted"));
    }

    static Measurement gateSchedule(GateLateness nextGates) {
        if (nextGates.gates() == 0) {
            return Measurement.none(explanation("health.gates.none", Map.of(), "No live project with a planned next gate"));
        }
        BigDecimal average = BigDecimal.valueOf(nextGates.totalDaysLate())
                .divide(BigDecimal.valueOf(nextGates.gates()), 2, RoundingMode.HALF_UP);
        BigDecimal score = Measurement.clamp(HUNDRED.subtract(average.multiply(BigDecimal.valueOf(POINTS_PER_DAY_LATE))));
        return Measurement.of(average, score, explanation("health.gates.measured",
                Map.of("late", String.valueOf(nextGates.late()), "gates", String.valueOf(nextGates.gates()),
                        "average", average.toPlainString()),
                nextGates.late() + " of " + nextGates.gates() + " next gates overdue, " + average.toPlainString()
                        + " days late on average (each day takes " + POINTS_PER_DAY_LATE + " points off)"));
    }

    static Measurement receivables(BigDecimal receivable, BigDecimal overdue, String currency) {
        Map<String, String> args = Map.of("receivable", receivable.toPlainString(), "overdue", overdue.toPlainString(),
                "currency", currency);
        if (receivable.signum() == 0) {
            return Measurement.none(explanation("health.receivables.none", args, "Nothing receivable"));
        }
        BigDecimal overdueShare = overdue.divide(receivable, PRECISION);
        return Measurement.of(overdueShare, Measurement.clamp(HUNDRED.subtract(overdueShare.multiply(HUNDRED))),
                explanation("health.receivables.measured", args, overdue.toPlainString() + " " + currency + " of "
                        + receivable.toPlainString() + " " + currency + " receivable overdue"));
    }

    private static WeightedScore.Input input(Part part, Measurement measurement) {
        return new WeightedScore.Input(part.name(), part.weight(), measurement);
    }

    private static Explanation explanation(String code, Map<String, String> args, String text) {
        return new Explanation(code, args, text);
    }
}
