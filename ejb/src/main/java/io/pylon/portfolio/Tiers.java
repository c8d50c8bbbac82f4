package io.pylon.portfolio;

import io.pylon.account.Account;
import io.pylon.account.Accounts;
import io.pylon.account.Tier;
import io.pylon.account.TierChange;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.Forbidden;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Tiers as people use them. The Pareto analysis reveals the whole portfolio, so only administrators and
 * executives see it and recompute the tiers. An account's tier and its history are seen by whoever sees the
 * account; administrators, executives and the account managers on its team override it.
 */
@Stateless
public class Tiers {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    ParetoAnalysis analysis;

    private final Clock clock = Clock.systemUTC();

    /** The portfolio valued on the day, today when null. */
    public ParetoReport pareto(LocalDate day) {
        currentUser.require(Permissions.READ_PORTFOLIO, "only administrators and executives see the whole portfolio");
        return analysis.analyse(day == null ? analysis.today() : day);
    }

    public ParetoAnalysis.Outcome recompute() {
        currentUser.require(Permissions.PLACE_TIERS, "only administrators and executives recompute the tiers");
        return analysis.placeAll(currentUser.username());
    }

    /** The account, to read its tier from. */
    public Account tierOf(long accountId) {
        return accounts.find(accountId);
    }

    /** Puts the account in tier by hand, for a reason; recomputations leave it there until the override is removed. */
    public Account override(long accountId, Tier tier, String reason) {
        Account account = requireOverridable(accountId);
        em.persist(account.overrideTier(tier, reason, currentUser.username(), clock.instant()));
        return account;
    }

    /** Returns the account to its computed tier. */
    public Account removeOverride(long accountId) {
        Account account = requireOverridable(accountId);
        account.removeTierOverride(null, currentUser.username(), clock.instant()).ifPresent(em::persist);
        return account;
    }

    /** Every change of the account's tier, oldest first. */
    public List<TierChange> history(long accountId) {
        accounts.find(accountId);
        return em.createQuery("select c from TierChange c where c.account.id = :account order by c.changedAt, c.id",
                        TierChange.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    private Account requireOverridable(long accountId) {
        Account account = accounts.find(accountId);
        if (!currentUser.isPermitted(Permissions.PLACE_TIERS)
                && !currentUser.isPermitted(Permissions.manageTeam(accountId))) {
            throw new Forbidden(
                    "only administrators, executives and the account managers on its team override an account's tier");
        }
        return account;
    }
}
