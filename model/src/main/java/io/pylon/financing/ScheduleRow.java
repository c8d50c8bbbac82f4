package io.pylon.financing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What happens to a tranche on one day: the amount drawn, the interest, commitment fee and upfront fee paid, the
 * premium paid by the borrower or financed (added to the balance, never received), interest capitalised, principal
 * repaid, and the outstanding balance after it all. Amounts unrounded.
 */
public record ScheduleRow(LocalDate date, BigDecimal drawdown, BigDecimal interest, BigDecimal commitmentFee,
                          BigDecimal upfrontFee, BigDecimal premiumPaid, BigDecimal premiumFinanced,
                          BigDecimal capitalisedInterest, BigDecimal principal, BigDecimal outstanding) {

    /** The day's rows of two tranches as one: flows and balances summed. */
    ScheduleRow plus(ScheduleRow other) {
        return new ScheduleRow(date, drawdown.add(other.drawdown), interest.add(other.interest),
                commitmentFee.add(other.commitmentFee), upfrontFee.add(other.upfrontFee),
                premiumPaid.add(other.premiumPaid), premiumFinanced.add(other.premiumFinanced),
                capitalisedInterest.add(other.capitalisedInterest), principal.add(other.principal),
                outstanding.add(other.outstanding));
    }

    ScheduleRow withOutstanding(BigDecimal balance) {
        return new ScheduleRow(date, drawdown, interest, commitmentFee, upfrontFee, premiumPaid, premiumFinanced,
                capitalisedInterest, principal, balance);
    }

    /** What the borrower pays that day: interest, fees, the premium unless financed, principal. */
    public BigDecimal debtService() {
        return interest.add(commitmentFee).add(upfrontFee).add(premiumPaid).add(principal);
    }

    /** The borrower's net cash flow that day: what it receives less what it pays. */
    public BigDecimal borrowerCashFlow() {
        return drawdown.subtract(debtService());
    }
}
