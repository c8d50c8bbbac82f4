package io.pylon.financing;

import static io.pylon.financing.EvaluationView.amount;
import static io.pylon.financing.EvaluationView.rate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of a side-by-side comparison of terms: the debt's metrics, the contractor's NPV, IRR and peak funding
 * need, the minimum debt service cover and the OECD checks. {@code scenarioId} is absent for the version itself.
 */
public record ComparisonColumnView(String name, Long scenarioId, EvaluationView.MetricsView metrics, String contractorNpv,
                                   String contractorIrr, String peakFundingNeed, String minimumDscr,
                                   Map<String, String> notDefined, List<EvaluationView.CheckView> checks) {

    public static ComparisonColumnView of(String name, Long scenarioId, ContractEvaluation evaluation) {
        Map<String, String> notDefined = new LinkedHashMap<>();
        ContractorView contractor = evaluation.contractor();
        return new ComparisonColumnView(name, scenarioId, EvaluationView.MetricsView.of(evaluation.financing().debt()),
                amount("contractorNpv", contractor.npv(), notDefined), rate("contractorIrr", contractor.irr(), notDefined),
                amount(contractor.peakFundingNeed()),
                rate("minimumDscr", evaluation.debtServiceCover().minimum(), notDefined), notDefined,
                evaluation.financing().checks().stream().map(EvaluationView.CheckView::of).toList());
    }
}
