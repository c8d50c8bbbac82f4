package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.imports.Import;
import io.pylon.imports.ImportFormat;
import io.pylon.imports.ImportState;
import io.pylon.imports.InterruptedImports;
import io.pylon.platform.ServerInstance;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** What start-up does with imports that a restart interrupted, inside the container. */
@InContainerTest
class InterruptedImportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(InterruptedImportsIT.class, Assertions.class);
    }

    @Inject
    InterruptedImports interruptedImports;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @Resource
    UserTransaction transaction;

    @Test
    void failsTheUnfinishedImportsOfThisInstanceAndLeavesOtherInstancesAlone() throws Exception {
        long running = stored(ServerInstance.name(), true);
        long queued = stored(ServerInstance.name(), false);
        long elsewhere = stored("pylon-instance-2", true);

        List<Long> settled = interruptedImports.settle();

        assertThat(settled).contains(running, queued).doesNotContain(elsewhere);
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            for (long id : List.of(running, queued)) {
                Import failed = em.find(Import.class, id);
                assertThat(failed.state()).isEqualTo(ImportState.FAILED);
                assertThat(failed.failure()).contains("restarted").contains("importing the file again completes it");
                assertThat(failed.finishedAt()).isNotNull();
            }
            assertThat(em.find(Import.class, elsewhere).state()).isEqualTo(ImportState.RUNNING);
        } finally {
            em.close();
        }
    }

    private long stored(String runner, boolean begun) throws Exception {
        transaction.begin();
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.joinTransaction();
            Import unfinished = new Import("interrupted.json", ImportFormat.JSON, "am", Instant.now(), runner);
            if (begun) {
                unfinished.begin(500);
            }
            em.persist(unfinished);
            em.flush();
            transaction.commit();
            return unfinished.id();
        } finally {
            em.close();
        }
    }
}
