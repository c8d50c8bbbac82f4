package io.pylon.imports;

import io.pylon.platform.ServerInstance;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * An import runs in the memory of the instance that started it, so a restart ends it. At start-up this
 * instance marks its own unfinished imports failed, saying so, rather than leaving them "running" for ever;
 * the imports of other instances are theirs to settle.
 */
@Singleton
@Startup
@DependsOn("Schema")
public class InterruptedImports {

    static final String REASON = "the server restarted during the import; the rows reported done are imported, "
            + "and importing the file again completes it";

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportBatches batches;

    @PostConstruct
    void atStartUp() {
        settle();
    }

    /** Marks the unfinished imports of this instance failed; answers their ids. */
    public List<Long> settle() {
        List<Long> interrupted = em.createQuery("""
                        select i.id from Import i where i.runner = :runner and i.state in (:queued, :running)""", Long.class)
                .setParameter("runner", ServerInstance.name())
                .setParameter("queued", ImportState.QUEUED)
                .setParameter("running", ImportState.RUNNING)
                .getResultList();
        interrupted.forEach(id -> batches.fail(id, REASON, null, null, null));
        if (!interrupted.isEmpty()) {
            LOG.warning("Imports " + interrupted + " were interrupted by the restart and are marked failed");
        }
        return interrupted;
    }
}
