package io.pylon.proposal;

import io.pylon.security.CurrentUser;
import io.pylon.shared.Conflict;
import io.pylon.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scenarios beside a version of a proposal: seen with the proposal, added, revised and removed by those who draft
 * it while the version is a draft.
 */
@Stateless
public class Scenarios {

    /** The version and three scenarios: four columns side by side. */
    public static final int MAX_COMPARED = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Proposals proposals;

    private final Clock clock = Clock.systemUTC();

    /** The version's scenarios, oldest first. */
    public List<ProposalScenario> of(long accountId, long proposalId, int number) {
        return of(proposals.version(accountId, proposalId, number));
    }

    /** The scenarios of a version read through {@link Proposals}, oldest first, in one statement. */
    public List<ProposalScenario> of(ProposalVersion version) {
        return em.createQuery("select s from ProposalScenario s where s.of = :version order by s.id",
                        ProposalScenario.class)
                .setParameter("version", version)
                .getResultList();
    }

    /**
     * The scenarios {@code ids} of a version read through {@link Proposals}, in the order asked, in one statement
     * whatever their number; 404 naming the first the version does not have.
     */
    public List<ProposalScenario> chosen(ProposalVersion version, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProposalScenario> found = em.createQuery(
                        "select s from ProposalScenario s where s.of = :version and s.id in :ids", ProposalScenario.class)
                .setParameter("version", version)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(ProposalScenario::id, Function.identity()));
        return ids.stream().map(id -> Optional.ofNullable(found.get(id))
                .orElseThrow(() -> new NotFound("scenario", id))).toList();
    }

    /** A scenario of the version: a copy of its terms when {@code terms} is null. */
    public ProposalScenario add(long accountId, long proposalId, int number, String name, ProposalTerms terms) {
        ProposalVersion version = proposals.version(accountId, proposalId, number);
        proposals.requireDrafter(accountId);
        ProposalScenario scenario = new ProposalScenario(version, name, terms, currentUser.username(), clock.instant());
        em.persist(scenario);
        return scenario;
    }

    public ProposalScenario find(long accountId, long proposalId, int number, long scenarioId) {
        ProposalVersion version = proposals.version(accountId, proposalId, number);
        ProposalScenario scenario = em.find(ProposalScenario.class, scenarioId);
        if (scenario == null || !scenario.of().id().equals(version.id())) {
            throw new NotFound("scenario", scenarioId);
        }
        return scenario;
    }

    public ProposalScenario revise(long accountId, long proposalId, int number, long scenarioId, long expectedVersion,
                                   String name, ProposalTerms terms) {
        ProposalScenario scenario = current(accountId, proposalId, number, scenarioId, expectedVersion);
        scenario.revise(name, terms, currentUser.username(), clock.instant());
        return scenario;
    }

    public void remove(long accountId, long proposalId, int number, long scenarioId) {
        ProposalScenario scenario = find(accountId, proposalId, number, scenarioId);
        proposals.requireDrafter(accountId);
        scenario.of().requireDraft();
        em.remove(scenario);
    }

    private ProposalScenario current(long accountId, long proposalId, int number, long scenarioId,
                                     long expectedVersion) {
        ProposalScenario scenario = find(accountId, proposalId, number, scenarioId);
        proposals.requireDrafter(accountId);
        if (scenario.version() != expectedVersion) {
            throw Conflict.staleVersion("scenario " + scenarioId, expectedVersion, scenario.version());
        }
        return scenario;
    }
}
