package io.pylon.imports;

import io.pylon.platform.ServerInstance;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.NotFound;
import io.pylon.shared.Page;
import io.pylon.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * Imports of agencies and projects from an export file. Only account managers and
 * administrators import; an import is visible to the user who started it and to
 * administrators, and reported as not found to anyone else.
 */
@Stateless
public class Imports {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<ImportQueued> queued;

    /**
     * Stores the file and queues its import, which starts once this transaction has committed
     * (see {@link ImportJob}). A file that is empty, not UTF-8, or neither JSON nor CSV is
     * refused here, before anything is stored.
     */
    public Import start(String fileName, byte[] content) {
        currentUser.require(Permissions.IMPORT_PROJECTS, "only account managers and administrators import projects");
        ImportFormat format = ExportFiles.formatOf(content);
        Import started = new Import(fileName, format, currentUser.username(), Instant.now(), ServerInstance.name());
        em.persist(started);
        em.persist(new ImportFile(started, content));
        queued.fire(new ImportQueued(started.id(), currentUser.caller()));
        return started;
    }

    /** One page of the imports the caller started (administrators: all imports), newest first. */
    public Page<Import> recent(PageRequest page) {
        boolean all = currentUser.isPermitted(Permissions.READ_ANY_IMPORT);
        String where = all ? "" : " where i.startedBy = :username";
        TypedQuery<Long> count = em.createQuery("select count(i) from Import i" + where, Long.class);
        TypedQuery<Import> items = em.createQuery("select i from Import i" + where
                + " order by i.startedAt desc, i.id desc", Import.class);
        if (!all) {
            count.setParameter("username", currentUser.username());
            items.setParameter("username", currentUser.username());
        }
        long total = count.getSingleResult();
        List<Import> imports = total == 0 ? List.of()
                : items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(imports, total, page.page(), page.size());
    }

    public Import find(long id) {
        Import found = em.find(Import.class, id);
        if (found == null || !(found.startedBy().equals(currentUser.username())
                || currentUser.isPermitted(Permissions.READ_ANY_IMPORT))) {
            throw new NotFound("import", id);
        }
        found.rejectedRows(); // loaded now: the caller reads them after the transaction
        return found;
    }
}
