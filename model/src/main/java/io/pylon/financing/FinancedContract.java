package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An EPC contract and the plan that finances it: what a proposal offers a buyer. */
public record FinancedContract(ContractTerms terms, FinancingPlan plan) {

    public FinancedContract {
        requirePresent("terms", terms);
        requirePresent("plan", plan);
        if (!terms.constructionStart().isBefore(plan.startingPointOfCredit())) {
            throw new DomainRuleViolation("constructionStart", Reason.OUT_OF_RANGE,
                    "must be before the starting point of credit, " + plan.startingPointOfCredit());
        }
        terms.costIn(plan.currency());
    }

    /** The plan worked out, the contractor's view and the debt service cover. */
    public ContractEvaluation evaluate() {
        Evaluation financing = Evaluation.of(plan);
        SCurve construction = new SCurve(terms.constructionStart(), plan.startingPointOfCredit());
        return new ContractEvaluation(financing,
                ContractorView.of(financing.total(), terms.contractPrice(), terms.costIn(plan.currency()),
                        construction, terms.hurdleRate()),
                DebtServiceCover.of(financing.debtRows(), terms.revenue(), plan.startingPointOfCredit()));
    }

    /** The same contract with every debt tranche's rate (a fixed rate, or a floating base) moved by {@code shift}. */
    public FinancedContract withRatesShiftedBy(BigDecimal shift) {
        return new FinancedContract(terms, plan.withTranches(plan.tranches().stream()
                .map(tranche -> tranche.withRateShiftedBy(shift)).toList()));
    }

    /**
     * The same contract finished {@code months} later: construction, and with it every tranche's drawdowns, stretched
     * from the start of construction to a starting point of credit {@code months} later, and the repayments moved
     * by as much. The costs stay what they were, spread over the longer period.
     */
    public FinancedContract delayedBy(int months) {
        LocalDate start = terms.constructionStart();
        LocalDate completion = plan.startingPointOfCredit();
        LocalDate later = completion.plusMonths(months);
        double stretch = (double) ChronoUnit.DAYS.between(start, later) / ChronoUnit.DAYS.between(start, completion);
        return new FinancedContract(terms, plan.withStartingPointOfCredit(later, plan.tranches().stream()
                .map(tranche -> tranche.delayed(day -> day.isAfter(start)
                        ? start.plusDays(Math.round(ChronoUnit.DAYS.between(start, day) * stretch))
                        : day, months))
                .toList()));
    }

    /** The same contract with the costs' currency {@code factor} times as dear against the plan's currency. */
    public FinancedContract withCostCurrencyTimes(BigDecimal factor) {
        return new FinancedContract(terms.withExchangeRateTimes(factor), plan);
    }
}
