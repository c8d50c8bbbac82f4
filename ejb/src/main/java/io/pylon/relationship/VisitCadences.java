package io.pylon.relationship;

import io.pylon.account.Tier;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/** The months between visits per tier: the defaults, unless an administrator set others. */
@Stateless
public class VisitCadences {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public VisitCadence inForce() {
        Map<Tier, Integer> configured = new EnumMap<>(Tier.class);
        em.createQuery("select c from TierVisitCadence c", TierVisitCadence.class).getResultList()
                .forEach(setting -> configured.put(setting.tier(), setting.months()));
        return VisitCadence.defaultsWith(configured);
    }

    public VisitCadence change(VisitCadence cadence) {
        currentUser.require(Permissions.CHANGE_SETTINGS, "only administrators change the visit cadence");
        cadence.months().forEach((tier, months) -> {
            TierVisitCadence stored = em.find(TierVisitCadence.class, tier);
            if (stored == null) {
                em.persist(new TierVisitCadence(tier, months));
            } else {
                stored.change(months);
            }
        });
        return cadence;
    }
}
