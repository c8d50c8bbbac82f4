package io.pylon.proposal;

import io.pylon.financing.ContractEvaluation;
import io.pylon.financing.FinancedContract;
import io.pylon.financing.FinancingPlans;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Versions of proposals printed ({@link ProposalPdf}), for those who read a version's evaluation: whoever sees the
 * account (404 for others) and works out financing (403 for others).
 *
 * <p>The terms are stored as the API's JSON, which the web layer reads; its reader comes with the call, so that the
 * version and its scenarios are loaded here in one transaction, in the same number of statements whatever the
 * schedules' length and the scenarios' number, and worked out by the engine ({@link FinancingPlans}) as the API's
 * own evaluations are.
 */
@Stateless
public class ProposalPdfs {

    @Inject
    Proposals proposals;

    @Inject
    Scenarios scenarios;

    @Inject
    FinancingPlans plans;

    private final Clock clock = Clock.systemUTC();

    /**
     * The version beside the scenarios {@code scenarioIds} in the order given (404 naming one it does not have), or
     * beside its oldest {@link Scenarios#MAX_COMPARED} when none is given: what was weighed with the version is
     * printed with it unless the caller picks.
     */
    public byte[] of(long accountId, long proposalId, int number, List<Long> scenarioIds,
                     Function<String, FinancedContract> termsReader) {
        ProposalVersion version = proposals.version(accountId, proposalId, number);
        List<ProposalScenario> compared = scenarioIds.isEmpty()
                ? scenarios.of(version).stream().limit(Scenarios.MAX_COMPARED).toList()
                : scenarios.chosen(version, scenarioIds);
        List<String> names = Stream.concat(Stream.of("Version " + number), compared.stream().map(ProposalScenario::name))
                .toList();
        List<FinancedContract> contracts = Stream.concat(Stream.of(version.terms()),
                compared.stream().map(ProposalScenario::terms)).map(termsReader).toList();
        List<ContractEvaluation> evaluations = plans.evaluate(contracts);
        List<EvaluatedTerms> evaluated = IntStream.range(0, contracts.size())
                .mapToObj(i -> new EvaluatedTerms(names.get(i), contracts.get(i), evaluations.get(i))).toList();
        return ProposalPdf.of(version, evaluated.get(0), evaluated.subList(1, evaluated.size()), LocalDate.now(clock));
    }
}
