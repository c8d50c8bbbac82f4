package io.pylon.merge;

import io.pylon.account.Account;
import io.pylon.account.AccountAlias;
import io.pylon.account.Accounts;
import io.pylon.audit.Revision;
import io.pylon.plan.AccountPlans;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.Conflict;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Forbidden;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;

/**
 * Merges an account into another, in one transaction: everything that references the merged
 * account ({@link AccountReferences}) moves to the surviving one, the merged name becomes an
 * alias of the surviving account (so that a re-import finds it), the merge is recorded, and the
 * merged account is deleted. Only administrators and those who manage the teams of both
 * accounts merge them.
 * <p>
 * The rows move by SQL statements, so the audit histories of the moved contacts, projects and
 * team members do not show the move; the merge record, in the surviving account's history, does.
 */
@Stateless
public class AccountMerges {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    AccountPlans plans;

    public AccountMerge merge(long survivingId, long mergedId) {
        if (survivingId == mergedId) {
            throw new DomainRuleViolation("from", Reason.SAME_ACCOUNT, "an account cannot be merged into itself");
        }
        Account surviving = accounts.find(survivingId);
        Account merged = accounts.find(mergedId);
        requireMergeable(survivingId);
        requireMergeable(mergedId);
        for (Account ancestor = surviving.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor.id().equals(mergedId)) {
                throw new Conflict("from", Reason.OWN_ANCESTOR, "account " + mergedId + " is a parent agency of account "
                        + survivingId + ": merging it into its own part would make the account its own ancestor");
            }
        }
        plans.combineSameYears(merged, surviving);
        for (AccountReference reference : AccountReferences.ALL) {
            reference.apply(em, mergedId, survivingId);
        }
        if (accounts.aliasOf(merged.country(), merged.name()).isEmpty()) {
            em.persist(new AccountAlias(surviving, merged.country(), merged.name()));
        }
        Revision revision = AuditReaderFactory.get(em).getCurrentRevision(Revision.class, true);
        AccountMerge record = new AccountMerge(surviving, merged, revision);
        em.persist(record);
        em.remove(merged);
        em.flush();
        return record;
    }

    /** The accounts merged into this one, oldest merge first. */
    public List<AccountMerge> of(long accountId) {
        accounts.find(accountId);
        return em.createQuery("""
                        select m from AccountMerge m join fetch m.revision r
                        where m.surviving.id = :account order by r.id""", AccountMerge.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** Whether the caller may merge this account with another, or keep it apart from one. */
    public boolean mayMerge(long accountId) {
        return currentUser.isPermitted(Permissions.manageTeam(accountId));
    }

    public void requireMergeable(long accountId) {
        if (!mayMerge(accountId)) {
            throw new Forbidden(
                    "only administrators and the account managers on the teams of both accounts merge them");
        }
    }
}
