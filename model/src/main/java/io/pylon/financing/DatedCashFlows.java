package io.pylon.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;

/**
 * Cash flows on dates, discounted as a spreadsheet's XNPV and XIRR do: a flow on day d is worth
 * CF / (1 + r)^((d - d0) / 365) on the first day d0. Double precision, as in spreadsheets.
 */
public final class DatedCashFlows {

    private static final double LOWEST_RATE = -0.999_999;
    private static final double HIGHEST_RATE = 1_000;
    private static final double ACCURACY = 1e-14;
    private static final int MAX_EVALUATIONS = 1_000;
    /** The rate a spreadsheet's XIRR starts from when given none. */
    private static final double SPREADSHEET_GUESS = 0.1;

    /** The rates between which the present value is looked at for changes of sign, each bracketing a root. */
    private static final double[] RATE_GRID = {LOWEST_RATE, -0.99, -0.9, -0.5, -0.2, 0, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10,
        100, HIGHEST_RATE};

    private final LocalDate start;
    private final double[] years;
    private final double[] amounts;

    /** The flows, those on the same day added up; the first day is d0. */
    public DatedCashFlows(Map<LocalDate, BigDecimal> flows) {
        TreeMap<LocalDate, BigDecimal> byDay = new TreeMap<>(flows);
        this.start = byDay.isEmpty() ? null : byDay.firstKey();
        this.years = byDay.keySet().stream().mapToDouble(day -> ChronoUnit.DAYS.between(start, day) / 365.0).toArray();
        this.amounts = byDay.values().stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }

    public static DatedCashFlows of(List<ScheduleRow> rows, Function<ScheduleRow, BigDecimal> flow) {
        Map<LocalDate, BigDecimal> flows = new TreeMap<>();
        rows.forEach(row -> flows.merge(row.date(), flow.apply(row), BigDecimal::add));
        return new DatedCashFlows(flows);
    }

    /** XNPV: the flows' value on the first day at the annual {@code rate}. */
    public double presentValue(double rate) {
        double value = 0;
        for (int i = 0; i < amounts.length; i++) {
            value += amounts[i] / Math.pow(1 + rate, years[i]);
        }
        return value;
    }

    /** The flows' value on {@code day} at the annual {@code rate}: XNPV moved from the first day to that one. */
    public double presentValueOn(LocalDate day, double rate) {
        return start == null ? 0 : presentValue(rate) * Math.pow(1 + rate, ChronoUnit.DAYS.between(day, start) / 365.0);
    }

    /**
     * XIRR: the annual rate at which the flows are worth nothing on the first day, found by a bracketing Brent
     * solver between -99.9999% and 100,000%. Flows that change sign several times (money in, out, in again) may be
     * worth nothing at several rates: then, as a spreadsheet's XIRR does from its default guess, the rate nearest 10%
     * (a borrower's 5.8% rather than the 5,414% its flows also solve). Undefined when the flows do not change sign or
     * no rate in that range solves them.
     */
    public Metric internalRate() {
        boolean in = false;
        boolean out = false;
        for (double amount : amounts) {
            in |= amount > 0;
            out |= amount < 0;
        }
        if (!in || !out) {
            return Metric.undefined("the cash flows need money both in and out for an internal rate of return");
        }
        Metric nearest = null;
        for (int i = 0; i + 1 < RATE_GRID.length; i++) {
            if (Math.signum(presentValue(RATE_GRID[i])) != Math.signum(presentValue(RATE_GRID[i + 1]))) {
                Metric root = solve(RATE_GRID[i], RATE_GRID[i + 1]);
                if (nearest == null || nearest.value() == null
                        || root.value() != null && distanceFromGuess(root) < distanceFromGuess(nearest)) {
                    nearest = root;
                }
            }
        }
        return nearest != null ? nearest
                : Metric.undefined("no rate between -99.9999% and 100,000% makes the cash flows' present value zero");
    }

    private static double distanceFromGuess(Metric rate) {
        return Math.abs(rate.value().doubleValue() - SPREADSHEET_GUESS);
    }

    private Metric solve(double low, double high) {
        try {
            double rate = new BracketingNthOrderBrentSolver(ACCURACY, ACCURACY, 1e-300, 5)
                    .solve(MAX_EVALUATIONS, this::presentValue, low, high);
            return Metric.of(BigDecimal.valueOf(rate));
        } catch (MathIllegalArgumentException | MathIllegalStateException noRoot) {
            return Metric.undefined("the internal rate of return could not be found: " + noRoot.getMessage());
        }
    }

    public LocalDate start() {
        return start;
    }
}
