package io.pylon.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/** The audited changes of one entity, or of all those a criterion selects, oldest first. */
public final class History {

    private History() {
    }

    /**
     * @param loadForCaller touches what the caller will read of each state after the
     *                      transaction (lazy relations), while it still can be loaded
     */
    public static <T> List<Change<T>> of(EntityManager em, Class<T> type, Object id, Consumer<T> loadForCaller) {
        return of(em, type, AuditEntity.id().eq(id), loadForCaller);
    }

    /**
     * The changes of every entity of the type that {@code which} selects (such as
     * {@code AuditEntity.relatedId("gate").eq(gateId)}), in one query: by revision, then by entity id.
     */
    public static <T> List<Change<T>> of(EntityManager em, Class<T> type, AuditCriterion which,
                                         Consumer<T> loadForCaller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(which)
                .addOrder(AuditEntity.revisionNumber().asc())
                .addOrder(AuditEntity.id().asc())
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
