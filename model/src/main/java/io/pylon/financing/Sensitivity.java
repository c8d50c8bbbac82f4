package io.pylon.financing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How the borrower's all-in cost and the contractor's NPV move under the shocks a bid team is asked about: the base
 * rates 100 bp down and up, construction 6 and 12 months late, the costs' currency 10% cheaper and dearer. Each
 * factor has two cases around the base; a tornado chart draws them, the factor that moves the NPV most first. The
 * currency factor applies only when the costs are in another currency than the plan.
 */
public record Sensitivity(Outcome base, List<Factor> factors) {

    private static final BigDecimal ONE_HUNDRED_BP = new BigDecimal("0.01");
    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    public enum Shock {
        RATE,
        DELAY,
        CURRENCY
    }

    /** The two figures the tornado shows. */
    public record Outcome(Metric allInCost, Metric contractorNpv) {

        static Outcome of(FinancedContract contract) {
            ContractEvaluation evaluation = contract.evaluate();
            return new Outcome(evaluation.financing().debt().allInCost(), evaluation.contractor().npv());
        }

        private BigDecimal npvOr(BigDecimal fallback) {
            return contractorNpv.defined().orElse(fallback);
        }
    }

    /** A case of a factor: what was changed (as {@code -100 bp}, {@code +6 months}, {@code +10%}) and its outcome. */
    public record Case(String change, Outcome outcome) {
    }

    /** A factor's low and high case, or why it does not apply to this contract. */
    public record Factor(Shock shock, Case low, Case high, String notApplicableBecause) {

        private BigDecimal npvSwing(Outcome base) {
            if (low == null) {
                return BigDecimal.ZERO;
            }
            BigDecimal middle = base.npvOr(BigDecimal.ZERO);
            return low.outcome().npvOr(middle).subtract(high.outcome().npvOr(middle)).abs();
        }
    }

    public static Sensitivity of(FinancedContract contract) {
        Outcome base = Outcome.of(contract);
        List<Factor> factors = List.of(
                factor(Shock.RATE, contract, "-100 bp", c -> c.withRatesShiftedBy(ONE_HUNDRED_BP.negate()),
                        "+100 bp", c -> c.withRatesShiftedBy(ONE_HUNDRED_BP)),
                factor(Shock.DELAY, contract, "+6 months", c -> c.delayedBy(6), "+12 months", c -> c.delayedBy(12)),
                contract.terms().costsInAnotherCurrencyThan(contract.plan().currency())
                        ? factor(Shock.CURRENCY, contract, "-10%", c -> c.withCostCurrencyTimes(BigDecimal.ONE
                                .subtract(TEN_PERCENT)), "+10%", c -> c.withCostCurrencyTimes(BigDecimal.ONE.add(TEN_PERCENT)))
                        : new Factor(Shock.CURRENCY, null, null, "the costs are in the plan's currency"));
        return new Sensitivity(base, factors.stream()
                .sorted(Comparator.comparing((Factor factor) -> factor.npvSwing(base)).reversed()).toList());
    }

    private static Factor factor(Shock shock, FinancedContract contract, String lowChange,
                                 UnaryOperator<FinancedContract> low, String highChange,
                                 UnaryOperator<FinancedContract> high) {
        return new Factor(shock, new Case(lowChange, Outcome.of(low.apply(contract))),
                new Case(highChange, Outcome.of(high.apply(contract))), null);
    }
}
