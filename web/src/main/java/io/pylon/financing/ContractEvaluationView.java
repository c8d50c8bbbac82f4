package io.pylon.financing;

import static io.pylon.financing.EvaluationView.amount;
import static io.pylon.financing.EvaluationView.rate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A financed contract worked out, as the API shows it: the plan's evaluation, the contractor's view ({@code npv} at the
 * hurdle rate and {@code peakFundingNeed} as amounts, {@code irr} as a decimal fraction, and the cash position day by
 * day) and the debt service cover (ratios per repayment period). Figures not defined are absent, with the reason under
 * {@code notDefined}.
 */
public record ContractEvaluationView(EvaluationView financing, ContractorFigures contractor,
                                     CoverView debtServiceCover) {

    public record ContractorFigures(String npv, String irr, String peakFundingNeed, LocalDate peakFundingOn,
                                    Map<String, String> notDefined, List<PositionView> positions) {
    }

    public record PositionView(LocalDate date, String receipts, String costs, String net, String cumulative) {
    }

    public record CoverView(String minimum, String average, Map<String, String> notDefined, List<PeriodView> periods) {
    }

    public record PeriodView(LocalDate from, LocalDate to, String cashAvailable, String debtService, String ratio,
                             String notDefinedBecause) {
    }

    public static ContractEvaluationView of(ContractEvaluation evaluation) {
        ContractorView contractor = evaluation.contractor();
        Map<String, String> contractorNotDefined = new LinkedHashMap<>();
        ContractorFigures figures = new ContractorFigures(amount("npv", contractor.npv(), contractorNotDefined),
                rate("irr", contractor.irr(), contractorNotDefined), amount(contractor.peakFundingNeed()),
                contractor.peakFundingOn(), contractorNotDefined, contractor.positions().stream()
                .map(p -> new PositionView(p.date(), amount(p.receipts()), amount(p.costs()), amount(p.net()),
                        amount(p.cumulative())))
                .toList());
        DebtServiceCover cover = evaluation.debtServiceCover();
        Map<String, String> coverNotDefined = new LinkedHashMap<>();
        CoverView coverView = new CoverView(rate("minimum", cover.minimum(), coverNotDefined),
                rate("average", cover.average(), coverNotDefined), coverNotDefined, cover.periods().stream()
                .map(p -> new PeriodView(p.from(), p.to(), amount(p.cashAvailable()), amount(p.debtService()),
                        rate("ratio", p.ratio(), new LinkedHashMap<>()), p.ratio().undefinedBecause()))
                .toList());
        return new ContractEvaluationView(EvaluationView.of(evaluation.financing()), figures, coverView);
    }
}
