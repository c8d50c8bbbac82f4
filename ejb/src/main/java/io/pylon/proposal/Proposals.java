package io.pylon.proposal;

import io.pylon.account.Accounts;
import io.pylon.opportunity.Opportunities;
import io.pylon.opportunity.Opportunity;
import io.pylon.opportunity.OpportunityDetails;
import io.pylon.project.ContractType;
import io.pylon.project.Project;
import io.pylon.project.Projects;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.Conflict;
import io.pylon.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The proposals of an account's opportunities. Whoever sees the account reads them; the account's writers who work
 * out financing (bid and account managers, executives) draft, revise and submit them. Versions are numbered per
 * proposal under a row lock on the proposal, so that two people starting a version at once get one each, in turn.
 */
@Stateless
public class Proposals {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    Opportunities opportunities;

    @Inject
    Projects projects;

    private static final String WHOLE_PROPOSAL = """
            select distinct p from Proposal p join fetch p.opportunity o left join fetch p.versions
            left join fetch p.project""";

    private final Clock clock = Clock.systemUTC();

    /** The account's proposals, newest first, with their opportunities, versions and projects in one statement. */
    public List<Proposal> of(long accountId) {
        accounts.find(accountId);
        return em.createQuery(WHOLE_PROPOSAL + " where o.account.id = :account order by p.createdAt desc, p.id desc",
                        Proposal.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public Proposal add(long accountId, long opportunityId, String title, ProposalTerms terms) {
        Opportunity opportunity = opportunities.find(accountId, opportunityId);
        requireDrafter(accountId);
        Proposal proposal = new Proposal(opportunity, title, terms, currentUser.username(), clock.instant());
        em.persist(proposal);
        return proposal;
    }

    /** The proposal with its opportunity, versions and project: what its views show after the transaction. */
    public Proposal find(long accountId, long proposalId) {
        accounts.find(accountId);
        return em.createQuery(WHOLE_PROPOSAL + " where p.id = :id and o.account.id = :account", Proposal.class)
                .setParameter("id", proposalId)
                .setParameter("account", accountId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("proposal", proposalId));
    }

    public ProposalVersion version(long accountId, long proposalId, int number) {
        return find(accountId, proposalId).version(number)
                .orElseThrow(() -> new NotFound("version", number + " of proposal " + proposalId));
    }

    /** Replaces a draft's terms, provided nobody changed it since {@code expectedVersion}. */
    public ProposalVersion revise(long accountId, long proposalId, int number, long expectedVersion,
                                  ProposalTerms terms) {
        ProposalVersion draft = current(accountId, proposalId, number, expectedVersion);
        draft.revise(terms, currentUser.username(), clock.instant());
        return draft;
    }

    /** Submits a draft to the buyer; it is frozen from then on. */
    public ProposalVersion submit(long accountId, long proposalId, int number, long expectedVersion) {
        ProposalVersion draft = current(accountId, proposalId, number, expectedVersion);
        draft.submit(currentUser.username(), clock.instant());
        return draft;
    }

    /** A new draft copied from the latest version, which must have been submitted. */
    public ProposalVersion startNextVersion(long accountId, long proposalId) {
        Proposal proposal = find(accountId, proposalId);
        requireDrafter(accountId);
        em.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(proposal);
        ProposalVersion next = proposal.startNextVersion(currentUser.username(), clock.instant());
        em.persist(next);
        return next;
    }

    /**
     * Starts the project a won proposal becomes: named after the opportunity, in its country and sector, for the
     * account, with the proposal's latest (submitted) version attached. The caller needs the right to start projects.
     */
    public Project award(long accountId, long proposalId, ContractType contractType) {
        Proposal proposal = find(accountId, proposalId);
        requireDrafter(accountId);
        em.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(proposal);
        proposal.requireAwardable();
        OpportunityDetails won = proposal.opportunity().details();
        Project project = projects.start(won.title(), accountId, null, won.country(), won.sector(), contractType);
        proposal.awardedAs(project);
        return project;
    }

    private ProposalVersion current(long accountId, long proposalId, int number, long expectedVersion) {
        ProposalVersion version = version(accountId, proposalId, number);
        requireDrafter(accountId);
        if (version.version() != expectedVersion) {
            throw Conflict.staleVersion("version " + number + " of proposal " + proposalId, expectedVersion,
                    version.version());
        }
        return version;
    }

    /** Those who draft the account's proposals: its writers who work out financing (see the class). */
    public void requireDrafter(long accountId) {
        currentUser.require(Permissions.EVALUATE_FINANCING,
                "only bid managers, account managers, executives and administrators draft proposals");
        currentUser.requireWriter(accountId);
    }
}
