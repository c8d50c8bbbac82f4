package io.pylon.financing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The day-by-day schedule of one tranche, by these conventions:
 * <ul>
 * <li>Payment dates lie on the tranche's repayment grid: every {@code frequencyMonths} from the first repayment date,
 * back to the first one after signing and on to the last instalment.</li>
 * <li>Interest accrues on the outstanding balance between events with the tranche's day count and is paid on each
 * payment date; with {@code capitaliseInterest}, interest due on or before the starting point of credit is added to
 * the principal instead.</li>
 * <li>The commitment fee accrues on the undrawn amount from signing, same day count, and is paid on the same dates;
 * what is undrawn after the last drawdown is cancelled. The upfront fee (on the tranche's amount) and the premium
 * (on the covered amount, the tranche's) fall on the first drawdown date.</li>
 * <li>Principal: EQUAL_PRINCIPAL in equal instalments of the balance at the first repayment; ANNUITY in level
 * instalments of interest plus principal at the periodic rate (annual rate x months / 12, the PMT convention), the
 * interest itself by day count; CUSTOM by the given shares of that balance. The last instalment repays what is left.</li>
 * </ul>
 */
public record TrancheSchedule(Tranche tranche, List<ScheduleRow> rows) {

    static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    public static TrancheSchedule of(Tranche tranche, LocalDate startingPointOfCredit) {
        Map<LocalDate, BigDecimal> drawn = tranche.drawdowns().stream()
                .collect(Collectors.toMap(Drawdown::date, Drawdown::amount, BigDecimal::add, TreeMap::new));
        if (!tranche.type().isDebt()) {
            return new TrancheSchedule(tranche, drawn.entrySet().stream().map(day -> new ScheduleRow(day.getKey(),
                    day.getValue(), zero(), zero(), zero(), zero(), zero(), zero(), zero(), zero())).toList());
        }
        return new TrancheSchedule(tranche, new Accrual(tranche, startingPointOfCredit, drawn).run());
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO;
    }

    /** The outstanding balance and what has accrued, walked from event to event. */
    private static final class Accrual {

        private final Tranche tranche;
        private final LocalDate startingPointOfCredit;
        private final Map<LocalDate, BigDecimal> drawn;
        private final List<LocalDate> repaymentDates;
        private final BigDecimal rate;
        private BigDecimal outstanding = BigDecimal.ZERO;
        private BigDecimal undrawn;
        private BigDecimal accruedInterest = BigDecimal.ZERO;
        private BigDecimal accruedFee = BigDecimal.ZERO;
        private BigDecimal repaymentBase;
        private BigDecimal annuity;

        Accrual(Tranche tranche, LocalDate startingPointOfCredit, Map<LocalDate, BigDecimal> drawn) {
            this.tranche = tranche;
            this.startingPointOfCredit = startingPointOfCredit;
            this.drawn = drawn;
            this.repaymentDates = tranche.repayment().dates();
            this.rate = tranche.rate().annual();
            this.undrawn = tranche.amount();
        }

        List<ScheduleRow> run() {
            TreeSet<LocalDate> paymentDates = new TreeSet<>(repaymentDates);
            int months = tranche.repayment().frequencyMonths();
            LocalDate first = tranche.repayment().firstRepaymentDate();
            for (int k = 1; first.minusMonths((long) k * months).isAfter(tranche.signingDate()); k++) {
                paymentDates.add(first.minusMonths((long) k * months));
            }
            TreeSet<LocalDate> days = new TreeSet<>(paymentDates);
            days.addAll(drawn.keySet());
            List<ScheduleRow> rows = new ArrayList<>();
            LocalDate last = tranche.signingDate();
            for (LocalDate day : days) {
                BigDecimal years = tranche.dayCount().yearFraction(last, day);
                accruedInterest = accruedInterest.add(outstanding.multiply(rate, MC).multiply(years, MC), MC);
                accruedFee = accruedFee.add(undrawn.multiply(tranche.commitmentFee(), MC).multiply(years, MC), MC);
                last = day;
                rows.add(on(day, paymentDates.contains(day)));
            }
            return rows;
        }

        private ScheduleRow on(LocalDate day, boolean paymentDate) {
            BigDecimal interest = BigDecimal.ZERO;
            BigDecimal capitalised = BigDecimal.ZERO;
            BigDecimal fee = BigDecimal.ZERO;
            BigDecimal principal = BigDecimal.ZERO;
            if (paymentDate) {
                if (tranche.capitaliseInterest() && !day.isAfter(startingPointOfCredit)) {
                    capitalised = accruedInterest;
                    outstanding = outstanding.add(capitalised, MC);
                } else {
                    interest = accruedInterest;
                }
                fee = accruedFee;
                accruedInterest = BigDecimal.ZERO;
                accruedFee = BigDecimal.ZERO;
                int instalment = repaymentDates.indexOf(day);
                if (instalment >= 0) {
                    principal = principal(instalment, interest);
                    outstanding = outstanding.subtract(principal, MC);
                }
            }
            BigDecimal drawdown = drawn.getOrDefault(day, BigDecimal.ZERO);
            BigDecimal upfront = BigDecimal.ZERO;
            BigDecimal premiumPaid = BigDecimal.ZERO;
            BigDecimal premiumFinanced = BigDecimal.ZERO;
            if (drawdown.signum() > 0) {
                if (day.equals(tranche.firstDrawdownDate())) {
                    upfront = tranche.amount().multiply(tranche.upfrontFee(), MC);
                    BigDecimal premium = tranche.amount().multiply(tranche.premium().rate(), MC);
                    if (tranche.premium().financed()) {
                        premiumFinanced = premium;
                        outstanding = outstanding.add(premium, MC);
                    } else {
                        premiumPaid = premium;
                    }
                }
                outstanding = outstanding.add(drawdown, MC);
                undrawn = day.equals(tranche.lastDrawdownDate()) ? BigDecimal.ZERO : undrawn.subtract(drawdown, MC);
            }
            return new ScheduleRow(day, drawdown, interest, fee, upfront, premiumPaid, premiumFinanced, capitalised,
                    principal, outstanding);
        }

        private BigDecimal principal(int instalment, BigDecimal interest) {
            Repayment repayment = tranche.repayment();
            int count = repayment.instalments();
            if (instalment == 0) {
                repaymentBase = outstanding;
                BigDecimal periodic = rate.multiply(BigDecimal.valueOf(repayment.frequencyMonths()), MC)
                        .divide(MONTHS_A_YEAR, MC);
                annuity = periodic.signum() == 0 ? repaymentBase.divide(BigDecimal.valueOf(count), MC)
                        : repaymentBase.multiply(periodic, MC).divide(BigDecimal.ONE.subtract(
                                BigDecimal.ONE.divide(BigDecimal.ONE.add(periodic).pow(count, MC), MC)), MC);
            }
            if (instalment == count - 1) {
                return outstanding;
            }
            BigDecimal due = switch (repayment.profile()) {
                case EQUAL_PRINCIPAL -> repaymentBase.divide(BigDecimal.valueOf(count), MC);
                case ANNUITY -> annuity.subtract(interest, MC);
                case CUSTOM -> repaymentBase.multiply(repayment.shares().get(instalment), MC);
            };
            return due.max(BigDecimal.ZERO).min(outstanding);
        }
    }
}
