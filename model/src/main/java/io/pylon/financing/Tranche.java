package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One source of money in a financing plan, with its terms. A debt tranche has a rate, a day count and a repayment;
 * equity, budget and grant tranches are only drawn. The upfront fee is a rate on the tranche's amount, the commitment
 * fee a rate per year on its undrawn part; {@code capitaliseInterest}: interest due before the starting point of
 * credit is added to the principal instead of paid.
 */
public record Tranche(String name, TrancheType type, BigDecimal amount, InterestRate rate, DayCount dayCount,
                      BigDecimal upfrontFee, BigDecimal commitmentFee, Premium premium, LocalDate signingDate,
                      List<Drawdown> drawdowns, Repayment repayment, boolean capitaliseInterest) {

    public static final int MAX_NAME = 100;

    public Tranche {
        name = Texts.tidy("name", name, true, MAX_NAME);
        requirePresent("type", type);
        Rates.positive("amount", amount);
        upfrontFee = Rates.fee("upfrontFee", upfrontFee);
        commitmentFee = Rates.fee("commitmentFee", commitmentFee);
        premium = premium == null ? Premium.NONE : premium;
        drawdowns = drawdowns == null ? List.of() : drawdowns.stream().sorted(Comparator.comparing(Drawdown::date)).toList();
        if (drawdowns.isEmpty()) {
            throw new DomainRuleViolation("drawdowns", Reason.REQUIRED, "at least one drawdown is required");
        }
        BigDecimal drawn = drawdowns.stream().map(Drawdown::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (drawn.compareTo(amount) > 0) {
            throw new DomainRuleViolation("drawdowns", Reason.OUT_OF_RANGE, "add up to " + drawn.toPlainString()
                    + ", more than the tranche's " + amount.toPlainString());
        }
        LocalDate firstDrawdown = drawdowns.get(0).date();
        signingDate = signingDate == null ? firstDrawdown : signingDate;
        if (firstDrawdown.isBefore(signingDate)) {
            throw new DomainRuleViolation("drawdowns", Reason.OUT_OF_RANGE, "must not start before the signing date, "
                    + signingDate);
        }
        if (type.isDebt()) {
            requirePresent("rate", rate);
            requirePresent("dayCount", dayCount);
            requirePresent("repayment", repayment);
            LocalDate lastDrawdown = drawdowns.get(drawdowns.size() - 1).date();
            if (!repayment.firstRepaymentDate().isAfter(lastDrawdown)) {
                throw new DomainRuleViolation("repayment.firstRepaymentDate", Reason.OUT_OF_RANGE,
                        "must be after the last drawdown, " + lastDrawdown);
            }
            if (repayment.lastRepaymentDate().isAfter(signingDate.plusYears(Repayment.MAX_YEARS))) {
                throw new DomainRuleViolation("repayment", Reason.OUT_OF_RANGE, "must end within "
                        + Repayment.MAX_YEARS + " years of the signing date");
            }
        } else if (repayment != null || rate != null) {
            throw new DomainRuleViolation(repayment != null ? "repayment" : "rate", Reason.NOT_ALLOWED,
                    "a tranche of type " + type + " is not repaid and bears no interest");
        }
    }

    /** The same tranche with its rate moved by {@code shift} (none for tranches without interest). */
    public Tranche withRateShiftedBy(BigDecimal shift) {
        return rate == null ? this : new Tranche(name, type, amount, rate.shiftedBy(shift), dayCount, upfrontFee,
                commitmentFee, premium, signingDate, drawdowns, repayment, capitaliseInterest);
    }

    /** The same tranche drawn on the days {@code moved} gives for its drawdowns, and repaid {@code months} later. */
    public Tranche delayed(UnaryOperator<LocalDate> moved, int months) {
        List<Drawdown> later = drawdowns.stream().map(d -> new Drawdown(moved.apply(d.date()), d.amount())).toList();
        return new Tranche(name, type, amount, rate, dayCount, upfrontFee, commitmentFee, premium, signingDate, later,
                repayment == null ? null : repayment.delayedBy(months), capitaliseInterest);
    }

    public LocalDate firstDrawdownDate() {
        return drawdowns.get(0).date();
    }

    public LocalDate lastDrawdownDate() {
        return drawdowns.get(drawdowns.size() - 1).date();
    }

    public BigDecimal drawn() {
        return drawdowns.stream().map(Drawdown::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
