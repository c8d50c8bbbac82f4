package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The financing of an export contract: its value and the local costs in one currency, the buyer's country category,
 * whether the project falls under the Climate Change Sector Understanding or is nuclear power, the starting point of
 * credit, the rate for the grant element (5% by default, the IMF's), the CIRR the fixed rates are checked against
 * (optional) and the tranches.
 */
public record FinancingPlan(Currency currency, BigDecimal exportContractValue, BigDecimal localCosts,
                            CountryCategory countryCategory, boolean climateOrNuclear, LocalDate startingPointOfCredit,
                            BigDecimal discountRate, BigDecimal cirr, List<Tranche> tranches) {

    public static final BigDecimal IMF_DISCOUNT_RATE = new BigDecimal("0.05");
    public static final int MAX_TRANCHES = 20;

    public FinancingPlan {
        requirePresent("currency", currency);
        Rates.positive("exportContractValue", exportContractValue);
        localCosts = localCosts == null ? BigDecimal.ZERO : localCosts;
        if (localCosts.signum() < 0) {
            throw new DomainRuleViolation("localCosts", Reason.OUT_OF_RANGE, "must not be negative");
        }
        requirePresent("countryCategory", countryCategory);
        requirePresent("startingPointOfCredit", startingPointOfCredit);
        discountRate = discountRate == null ? IMF_DISCOUNT_RATE
                : Rates.within("discountRate", discountRate, InterestRate.LOWEST, InterestRate.HIGHEST);
        if (cirr != null) {
            Rates.within("cirr", cirr, InterestRate.LOWEST, InterestRate.HIGHEST);
        }
        if (tranches == null || tranches.isEmpty() || tranches.size() > MAX_TRANCHES) {
            throw new DomainRuleViolation("tranches", Reason.OUT_OF_RANGE, "a plan has 1 to " + MAX_TRANCHES + " tranches");
        }
        tranches = List.copyOf(tranches);
    }

    /** The same plan with the starting point of credit moved, for a construction delay. */
    public FinancingPlan withStartingPointOfCredit(LocalDate moved, List<Tranche> changed) {
        return new FinancingPlan(currency, exportContractValue, localCosts, countryCategory, climateOrNuclear,
                moved, discountRate, cirr, changed);
    }

    /** The same plan with other tranches, for scenarios and sensitivities. */
    public FinancingPlan withTranches(List<Tranche> changed) {
        return new FinancingPlan(currency, exportContractValue, localCosts, countryCategory, climateOrNuclear,
                startingPointOfCredit, discountRate, cirr, changed);
    }
}
