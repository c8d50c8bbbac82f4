package io.pylon.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** The audited changes of one entity, oldest first. */
public final class History {

    private History() {
    }

    /**
     * @param loadForCaller touches what the caller will read of each state after the
     *                      transaction (lazy relations), while it still can be loaded
     */
    public static <T> List<Change<T>> of(EntityManager em, Class<T> type, Object id, Consumer<T> loadForCaller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> {
            Revision revision = (Revision) row[1];
            T state = type.cast(row[0]);
            loadForCaller.accept(state);
            return new Change<>(revision.id(), revision.madeAt(), revision.username(), ((RevisionType) row[2]).name(),
                    state);
        }).toList();
    }
}
