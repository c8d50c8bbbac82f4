package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Construction progress over a period as the usual S-curve: slow at the start, fastest in the middle, slow at the
 * end. The share done at fraction x of the period (by days) is (1 - cos(pi x)) / 2. An amount spread over the curve
 * falls due monthly, on the start's day of the month, and on the last day of the period; each month's part is the
 * growth of the share in that month, rounded to the cent, the last month taking what rounding left over so that the
 * parts add up to the amount exactly.
 */
public record SCurve(LocalDate start, LocalDate end) {

    public static final int MAX_YEARS = 10;

    public SCurve {
        requirePresent("from", start);
        requirePresent("to", end);
        if (!end.isAfter(start)) {
            throw new DomainRuleViolation("to", Reason.OUT_OF_RANGE, "must be after " + start);
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new DomainRuleViolation("to", Reason.OUT_OF_RANGE, "must be within " + MAX_YEARS + " years of "
                    + start);
        }
    }

    /** The share of the work done by {@code day}: 0 at the start, 1 at the end. */
    public double shareDoneBy(LocalDate day) {
        double x = (double) ChronoUnit.DAYS.between(start, day) / ChronoUnit.DAYS.between(start, end);
        double clamped = Math.max(0, Math.min(1, x));
        return (1 - Math.cos(Math.PI * clamped)) / 2;
    }

    /** {@code amount} spread over the curve, month by month; months whose part rounds to nothing are left out. */
    public List<Drawdown> spread(BigDecimal amount) {
        Rates.positive("amount", amount);
        List<Drawdown> parts = new ArrayList<>();
        BigDecimal spreadSoFar = BigDecimal.ZERO;
        for (int month = 1; ; month++) {
            LocalDate day = start.plusMonths(month);
            if (!day.isBefore(end)) {
                BigDecimal rest = amount.subtract(spreadSoFar);
                if (rest.signum() > 0) {
                    parts.add(new Drawdown(end, rest));
                }
                return parts;
            }
            BigDecimal dueBy = amount.multiply(BigDecimal.valueOf(shareDoneBy(day))).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal part = dueBy.subtract(spreadSoFar);
            if (part.signum() > 0) {
                parts.add(new Drawdown(day, part));
                spreadSoFar = dueBy;
            }
        }
    }
}
