package io.pylon.project;

import io.pylon.account.Accounts;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.NotFound;
import io.pylon.shared.Page;
import io.pylon.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Projects. A project is visible exactly as its owner account is: to ADMIN and EXECUTIVE, and
 * to the owner account's team; anyone else is told it does not exist.
 */
@Stateless
public class Projects {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    public Project find(long id) {
        List<Project> found = em.createQuery("""
                        select p from Project p join fetch p.owner left join fetch p.borrower where p.id = :id
                        """, Project.class)
                .setParameter("id", id)
                .getResultList();
        if (found.isEmpty() || !currentUser.isPermitted(Permissions.readAccount(found.get(0).owner().id()))) {
            throw new NotFound("project", id);
        }
        return loaded(found.get(0));
    }

    /**
     * One page of the visible projects, by name; only those of one account when {@code accountId}
     * is given, which must be visible itself.
     */
    public Page<Project> search(Long accountId, PageRequest page) {
        String where;
        if (accountId != null) {
            accounts.find(accountId);
            where = " where p.owner.id = :account";
        } else if (currentUser.isPermitted(Permissions.READ_ANY_ACCOUNT)) {
            where = "";
        } else {
            where = " where exists (select m.id from TeamMember m where m.account = p.owner and m.user.username = :username)";
        }
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p" + where, Long.class);
        TypedQuery<Project> items = em.createQuery("select p from Project p join fetch p.owner left join fetch p.borrower"
                + where + " order by p.name asc, p.id asc", Project.class);
        for (TypedQuery<?> q : List.of(count, items)) {
            if (accountId != null) {
                q.setParameter("account", accountId);
            } else if (!where.isEmpty()) {
                q.setParameter("username", currentUser.username());
            }
        }
        long total = count.getSingleResult();
        List<Project> projects = total == 0 ? List.of() : items
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        projects.forEach(Projects::loaded);
        return new Page<>(projects, total, page.page(), page.size());
    }

    /**
     * Creates the project of the facts' external id, or revises the one that has it, provided
     * the caller may change its current owner account.
     */
    public Recorded record(ProjectFacts facts) {
        Optional<Project> existing = em.createQuery("select p from Project p where p.externalId = :externalId", Project.class)
                .setParameter("externalId", facts.externalId())
                .getResultStream()
                .findFirst();
        if (existing.isEmpty()) {
            em.persist(new Project(facts));
            return Recorded.CREATED;
        }
        Project project = existing.get();
        if (!currentUser.isPermitted(Permissions.writeAccount(project.owner().id()))) {
            return Recorded.NOT_PERMITTED;
        }
        project.revise(facts);
        return Recorded.UPDATED;
    }

    /** Loads the sector shares, which the caller reads after the transaction (batch-fetched, 50 at a time). */
    private static Project loaded(Project project) {
        project.sectors();
        return project;
    }
}
