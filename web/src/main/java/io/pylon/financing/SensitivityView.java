package io.pylon.financing;

import static io.pylon.financing.EvaluationView.amount;
import static io.pylon.financing.EvaluationView.rate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tornado's data: the base outcome and, per factor (widest swing of the contractor NPV first), its low and high
 * case. {@code allInCost} is a decimal fraction, {@code contractorNpv} an amount; figures not defined are absent, with
 * the reason under {@code notDefined}.
 */
public record SensitivityView(OutcomeView base, List<FactorView> factors) {

    public record OutcomeView(String allInCost, String contractorNpv, Map<String, String> notDefined) {

        static OutcomeView of(Sensitivity.Outcome outcome) {
            Map<String, String> notDefined = new LinkedHashMap<>();
            return new OutcomeView(rate("allInCost", outcome.allInCost(), notDefined),
                    amount("contractorNpv", outcome.contractorNpv(), notDefined), notDefined);
        }
    }

    public record CaseView(String change, OutcomeView outcome) {

        static CaseView of(Sensitivity.Case shocked) {
            return shocked == null ? null : new CaseView(shocked.change(), OutcomeView.of(shocked.outcome()));
        }
    }

    public record FactorView(Sensitivity.Shock shock, CaseView low, CaseView high, String notApplicableBecause) {
    }

    public static SensitivityView of(Sensitivity sensitivity) {
        return new SensitivityView(OutcomeView.of(sensitivity.base()), sensitivity.factors().stream()
                .map(f -> new FactorView(f.shock(), CaseView.of(f.low()), CaseView.of(f.high()), f.notApplicableBecause()))
                .toList());
    }
}
