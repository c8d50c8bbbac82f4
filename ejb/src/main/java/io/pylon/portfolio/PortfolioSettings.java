package io.pylon.portfolio;

import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.Conflict;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Currency;

/** The settings of the tier analysis: read by every signed-in user, changed by administrators. */
@Stateless
public class PortfolioSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public TierSettings current() {
        return em.find(TierSettings.class, TierSettings.ID);
    }

    /**
     * Takes a new reporting currency and cut points, provided nobody changed the settings since
     * {@code expectedVersion}. Rates entered for another reporting currency stop applying; tiers change at the next
     * recomputation.
     */
    public TierSettings change(long expectedVersion, Currency reportingCurrency, TierCutPoints cutPoints) {
        currentUser.require(Permissions.CHANGE_SETTINGS, "only administrators change the tier settings");
        TierSettings settings = current();
        if (settings.version() != expectedVersion) {
            throw Conflict.staleVersion("the tier settings", expectedVersion, settings.version());
        }
        settings.change(reportingCurrency, cutPoints);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("the tier settings", expectedVersion, expectedVersion + 1);
        }
        return settings;
    }
}
