package io.pylon.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * How many transactions that wrote an entity have committed since start-up: what a read model compares to know
 * whether what it computed is still current. Counted once per transaction, after it commits, so that a reader never
 * takes data of a transaction still open for the newest.
 */
public final class DataChanges {

    private static final AtomicLong COMMITTED = new AtomicLong();

    private DataChanges() {
    }

    public static long committed() {
        return COMMITTED.get();
    }

    /** The default entity listener of every entity ({@code META-INF/orm.xml}). */
    public static class Listener {

        private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
        private static final Object COUNTED = Listener.class;

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            TransactionSynchronizationRegistry transaction = registry();
            if (transaction.getResource(COUNTED) != null) {
                return;
            }
            transaction.putResource(COUNTED, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: only a commit counts
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        COMMITTED.incrementAndGet();
                    }
                }
            });
        }

        private static TransactionSynchronizationRegistry registry() {
            try {
                return InitialContext.doLookup(REGISTRY);
            } catch (NamingException outsideTheServer) {
                throw new IllegalStateException("entities are written inside the application server only", outsideTheServer);
            }
        }
    }
}
