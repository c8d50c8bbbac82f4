package io.pylon.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * The terms of a proposal version as the REST API takes them and stores them ({@code ProposalTermsForm} in the web
 * module): the contract price and cost estimate, construction from {@code start} to the starting point of credit, and a
 * financing plan inside the OECD Arrangement, as in {@code ProposalsApiIT}: an ECA buyer's credit of 85 % of the
 * contract at a fixed rate with a financed premium, drawn along the construction S-curve and repaid in twenty
 * half-yearly instalments from six months after completion, and a 15 % down payment from the budget.
 */
final class OfferTerms {

    private static final BigDecimal ECA_SHARE = new BigDecimal("0.85");
    private static final int INSTALMENTS = 20;
    /** Fixed rates near each currency's CIRR. */
    private static final Map<String, String> RATES = Map.of("USD", "0.058", "EUR", "0.041", "CNY", "0.035",
            "KES", "0.085", "IDR", "0.070");

    private OfferTerms() {
    }

    static String json(Currency currency, BigDecimal price, BigDecimal cost, LocalDate start, LocalDate completion) {
        BigDecimal eca = price.multiply(ECA_SHARE).setScale(2, RoundingMode.DOWN);
        BigDecimal downPayment = price.subtract(eca);
        String code = currency.getCurrencyCode();
        return """
                {"contractPrice": "%s", "costEstimate": "%s", "costCurrency": "%s", "constructionStart": "%s",\
                 "hurdleRate": "0.10", "plan": {"currency": "%s", "exportContractValue": "%s", "localCosts": "0",\
                 "countryCategory": "II", "startingPointOfCredit": "%s", "tranches": [\
                {"name": "ECA buyer's credit", "type": "ECA_BUYERS_CREDIT", "amount": "%s",\
                 "rate": {"type": "FIXED", "value": "%s"}, "dayCount": "ACT_360", "upfrontFee": "0.01",\
                 "premium": {"rate": "0.05", "financed": true}, "signingDate": "%s",\
                 "drawdownCurve": {"from": "%s", "to": "%s"},\
                 "repayment": {"profile": "EQUAL_PRINCIPAL", "frequencyMonths": 6, "instalments": %d,\
                 "firstRepaymentDate": "%s"}},\
                {"name": "Down payment", "type": "BUDGET", "amount": "%s",\
                 "drawdowns": [{"date": "%s", "amount": "%s"}]}]}}"""
                .formatted(price.toPlainString(), cost.toPlainString(), code, start, code, price.toPlainString(),
                        completion, eca.toPlainString(), RATES.get(code), start, start, completion, INSTALMENTS,
                        completion.plusMonths(6), downPayment.toPlainString(), start, downPayment.toPlainString());
    }
}
