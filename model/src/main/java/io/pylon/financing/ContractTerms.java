package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * The contractor's terms of a financed contract: the contract price (in the plan's currency), the cost estimate in
 * the currency the contractor spends (with the exchange rate to the plan's currency, required when the two differ:
 * units of the plan's currency for one unit of the cost currency), when construction starts (it ends at the plan's
 * starting point of credit), the contractor's hurdle rate for its NPV, and for a revenue-earning project the cash
 * flow available for debt service.
 */
public record ContractTerms(BigDecimal contractPrice, BigDecimal costEstimate, Currency costCurrency,
                            BigDecimal exchangeRate, LocalDate constructionStart, BigDecimal hurdleRate,
                            List<CashAvailable> revenue) {

    public static final BigDecimal DEFAULT_HURDLE_RATE = new BigDecimal("0.10");
    public static final int MAX_REVENUE_ENTRIES = 600;

    public ContractTerms {
        Rates.positive("contractPrice", contractPrice);
        Rates.positive("costEstimate", costEstimate);
        requirePresent("constructionStart", constructionStart);
        hurdleRate = hurdleRate == null ? DEFAULT_HURDLE_RATE
                : Rates.within("hurdleRate", hurdleRate, InterestRate.LOWEST, InterestRate.HIGHEST);
        if (exchangeRate != null) {
            Rates.positive("exchangeRate", exchangeRate);
        }
        revenue = revenue == null ? List.of()
                : revenue.stream().sorted(Comparator.comparing(CashAvailable::date)).toList();
        if (revenue.size() > MAX_REVENUE_ENTRIES) {
            throw new DomainRuleViolation("revenue", Reason.OUT_OF_RANGE, "at most " + MAX_REVENUE_ENTRIES + " entries");
        }
    }

    /** The cost estimate in the plan's currency; the costs' currency needs an exchange rate when it is another one. */
    public BigDecimal costIn(Currency planCurrency) {
        if (costCurrency == null || costCurrency.equals(planCurrency)) {
            return costEstimate;
        }
        if (exchangeRate == null) {
            throw new DomainRuleViolation("exchangeRate", Reason.REQUIRED, "is required: the costs are in "
                    + costCurrency + " and the plan in " + planCurrency);
        }
        return costEstimate.multiply(exchangeRate);
    }

    /** Whether the costs are in another currency than the plan, so that exchange rate moves change them. */
    public boolean costsInAnotherCurrencyThan(Currency planCurrency) {
        return costCurrency != null && !costCurrency.equals(planCurrency);
    }

    /** The same terms with the exchange rate moved by {@code factor} (1.1 is the cost currency 10% dearer). */
    public ContractTerms withExchangeRateTimes(BigDecimal factor) {
        return new ContractTerms(contractPrice, costEstimate, costCurrency, exchangeRate.multiply(factor),
                constructionStart, hurdleRate, revenue);
    }
}
