package io.pylon.portfolio;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Recomputes every account's tier at 02:30 each night, as the system.
 * <p>
 * The timer is not persistent: a persistent one would be stored in the server's timer database and, after a
 * night the server was down, fire the missed runs at start-up; a recomputation only needs to run once with the
 * current data, and anyone may run one on demand. In a deployment group, a non-persistent timer fires on every
 * instance; the runs give the same tiers, and a run that finds an account already in its tier records nothing.
 */
@Singleton
public class NightlyTierPlacement {

    private static final Logger LOG = Logger.getLogger(NightlyTierPlacement.class.getName());

    @Inject
    ParetoAnalysis analysis;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "nightly tier recomputation")
    void placeEveryAccount() {
        ParetoAnalysis.Outcome outcome = analysis.placeAll(ParetoAnalysis.SYSTEM);
        LOG.info(() -> "Nightly tier recomputation: " + outcome.accounts() + " accounts, " + outcome.changed()
                + " changed tier");
    }
}
