package io.pylon.proposal;

import io.pylon.api.FieldChecks;
import io.pylon.financing.CashAvailable;
import io.pylon.financing.ContractTerms;
import io.pylon.financing.FinancedContract;
import io.pylon.financing.FinancingPlan;
import io.pylon.financing.FinancingPlanForm;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The terms of a proposal as a client sends them, and as they are stored: the contract price (in the plan's currency),
 * the cost estimate in {@code costCurrency} (the plan's when left out) with {@code exchangeRate} (units of the plan's
 * currency per unit of the cost currency; required when the currencies differ), {@code constructionStart} (construction
 * ends at the plan's starting point of credit), the contractor's {@code hurdleRate} (0.10 when left out), the
 * {@code revenue} of a revenue-earning project (cash flow available for debt service, by date) and the financing
 * {@code plan} in the shape of {@code POST /api/financing/evaluate}. Amounts and rates are decimal strings.
 */
public record ProposalTermsForm(String contractPrice, String costEstimate, String costCurrency, String exchangeRate,
                                String constructionStart, String hurdleRate, List<RevenueForm> revenue,
                                FinancingPlanForm plan) {

    private static final Jsonb JSON = JsonbBuilder.create();

    public record RevenueForm(String date, String amount) {
    }

    /** Every field checked, the plan's under {@code plan.}; then the contract, whose rules name what breaks them. */
    ProposalTerms terms() {
        FieldChecks checks = new FieldChecks().required("contractPrice", contractPrice)
                .required("costEstimate", costEstimate).required("constructionStart", constructionStart)
                .required("plan", plan);
        BigDecimal price = checks.decimal("contractPrice", contractPrice);
        BigDecimal cost = checks.decimal("costEstimate", costEstimate);
        Currency costIn = checks.currency("costCurrency", costCurrency);
        BigDecimal rate = checks.decimal("exchangeRate", exchangeRate);
        LocalDate start = checks.date("constructionStart", constructionStart);
        BigDecimal hurdle = checks.decimal("hurdleRate", hurdleRate);
        List<RevenueForm> given = revenue == null ? List.of() : revenue;
        List<CashAvailable> earned = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "revenue[" + i + "]";
            RevenueForm each = given.get(i);
            checks.required(at, each);
            if (each != null) {
                checks.required(at + ".date", each.date()).required(at + ".amount", each.amount());
                LocalDate day = checks.date(at + ".date", each.date());
                BigDecimal amount = checks.decimal(at + ".amount", each.amount());
                if (day != null && amount != null) {
                    earned.add(checks.built(at, () -> new CashAvailable(day, amount)));
                }
            }
        }
        FinancingPlan financing = plan == null ? null : checks.built("plan", plan::plan);
        checks.orThrow();
        ContractTerms contract = checks.built("", () -> new ContractTerms(price, cost, costIn, rate, start, hurdle,
                earned));
        checks.orThrow();
        FinancedContract financed = checks.built("", () -> new FinancedContract(contract, financing));
        checks.orThrow();
        return new ProposalTerms(financed, JSON.toJson(this));
    }

    /** Stored terms read back as they were sent. */
    static ProposalTermsForm read(String document) {
        return JSON.fromJson(document, ProposalTermsForm.class);
    }

    /** Stored terms as the contract they offer (they were checked when stored). */
    static FinancedContract contractOf(String document) {
        return read(document).terms().contract();
    }
}
