package io.pylon.proposal;

import static io.pylon.shared.PdfSheet.money;
import static io.pylon.shared.PdfSheet.percent;

import io.pylon.financing.ContractEvaluation;
import io.pylon.financing.ContractorView;
import io.pylon.financing.Metric;
import io.pylon.shared.PdfSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * The figures a proposal is judged by, as its PDF shows them: each with a sentence saying what it is, the formulas
 * those of {@link io.pylon.financing.DebtMetrics}, {@link ContractorView} and
 * {@link io.pylon.financing.DebtServiceCover}, and its value read from the engine's evaluation, never worked out here.
 * Rates print as percentages to the basis point, years and ratios to two decimals, amounts to the cent.
 */
enum KeyMetric {

    WAL("Weighted average life", "sum(t x P) / sum(P) over the principal repayments P of the debt, t in years of 365 "
            + "days from the starting point of credit.",
            evaluation -> shown(evaluation.financing().debt().weightedAverageLife(), years -> decimals(years) + " years")),
    ALL_IN_COST("All-in cost", "The annual rate r with sum(CF / (1 + r)^(days / 365)) = 0 over the borrower's cash "
            + "flows (drawdowns received, less fees, premium paid, interest and principal): the spreadsheet's XIRR.",
            evaluation -> shown(evaluation.financing().debt().allInCost(), KeyMetric::rate)),
    GRANT_ELEMENT("Grant element", "1 - PV(debt service and fees) / PV(drawdowns received), both on the first "
            + "drawdown date at the plan's discount rate by the XNPV convention.",
            evaluation -> shown(evaluation.financing().debt().grantElement(), KeyMetric::rate)),
    CONTRACTOR_NPV("Contractor NPV", "The contractor's net cash flows at its hurdle rate on their first day (XNPV): "
            + "paid the drawdowns up to the contract price and the rest at the starting point of credit, it spends its "
            + "cost estimate along the construction S-curve.",
            evaluation -> shown(evaluation.contractor().npv(), PdfSheet::money)),
    CONTRACTOR_IRR("Contractor IRR", "The XIRR of the contractor's same net cash flows.",
            evaluation -> shown(evaluation.contractor().irr(), KeyMetric::rate)),
    PEAK_FUNDING_NEED("Peak funding need", "The lowest the contractor's cumulative cash position goes below zero "
            + "(zero if never), and the day.", evaluation -> peakFunding(evaluation.contractor())),
    MINIMUM_DSCR("Minimum DSCR", "Per repayment period, the cash flow available for debt service dated in it over the "
            + "debt service (interest, fees, premium paid, principal) paid in it; the lowest of the periods' ratios.",
            evaluation -> shown(evaluation.debtServiceCover().minimum(), ratio -> decimals(ratio) + "x"));

    private final String label;
    private final String definition;
    private final Function<ContractEvaluation, String> value;

    KeyMetric(String label, String definition, Function<ContractEvaluation, String> value) {
        this.label = label;
        this.definition = definition;
        this.value = value;
    }

    String label() {
        return label;
    }

    String definition() {
        return definition;
    }

    /** The figure of {@code evaluation} as printed, or why it is not defined for it. */
    String of(ContractEvaluation evaluation) {
        return value.apply(evaluation);
    }

    private static String shown(Metric metric, Function<BigDecimal, String> format) {
        return metric.defined().map(format).orElse("not defined: " + metric.undefinedBecause());
    }

    private static String rate(BigDecimal fraction) {
        return percent(fraction, 2);
    }

    private static String decimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String peakFunding(ContractorView contractor) {
        String amount = money(contractor.peakFundingNeed());
        return contractor.peakFundingOn() == null ? amount : amount + " on " + contractor.peakFundingOn();
    }
}
