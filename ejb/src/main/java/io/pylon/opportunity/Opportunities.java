package io.pylon.opportunity;

import io.pylon.account.Account;
import io.pylon.account.Accounts;
import io.pylon.security.CurrentUser;
import io.pylon.shared.Conflict;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The opportunities of an agency. They are seen by whoever sees the account and changed by whoever may change
 * it; an opportunity of an account the caller may not see does not exist for them.
 */
@Stateless
public class Opportunities {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    /** The account's opportunities, those expected soonest first (undated last), then by title. */
    public List<Opportunity> of(long accountId) {
        accounts.find(accountId);
        return em.createQuery("""
                        select o from Opportunity o where o.account.id = :account
                        order by o.expectedAwardOn nulls last, o.title, o.id""", Opportunity.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public Opportunity add(long accountId, OpportunityDetails details) {
        Account account = accounts.find(accountId);
        currentUser.requireWriter(accountId);
        Opportunity opportunity = new Opportunity(account, details);
        em.persist(opportunity);
        return opportunity;
    }

    public Opportunity find(long accountId, long opportunityId) {
        return accounts.findPart(accountId, Opportunity.class, opportunityId, "opportunity");
    }

    /** Replaces what is known about the opportunity, provided nobody changed it since {@code expectedVersion}. */
    public Opportunity update(long accountId, long opportunityId, long expectedVersion, OpportunityDetails details) {
        Opportunity opportunity = find(accountId, opportunityId);
        currentUser.requireWriter(accountId);
        String what = "opportunity " + opportunityId;
        if (opportunity.version() != expectedVersion) {
            throw Conflict.staleVersion(what, expectedVersion, opportunity.version());
        }
        opportunity.update(details);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion(what, expectedVersion, expectedVersion + 1);
        }
        return opportunity;
    }

}
