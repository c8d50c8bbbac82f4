package io.pylon.project;

import io.pylon.account.Account;
import io.pylon.account.Accounts;
import io.pylon.account.Sector;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.security.Role;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Forbidden;
import io.pylon.shared.NotFound;
import io.pylon.shared.Page;
import io.pylon.shared.PageRequest;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    @Inject
    ProjectTemplates templates;

    private final Clock clock = Clock.systemUTC();

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
     * is given, which must be visible itself, and only those in {@code phase} when it is given.
     */
    public Page<Project> search(Long accountId, Phase phase, PageRequest page) {
        String where;
        if (accountId != null) {
            accounts.find(accountId);
            where = " where p.owner.id = :account";
        } else if (currentUser.isPermitted(Permissions.READ_ANY_ACCOUNT)) {
            where = " where 1 = 1";
        } else {
            where = " where exists (select m.id from TeamMember m where m.account = p.owner and m.user.username = :username)";
        }
        if (phase != null) {
            where += " and p.phase = :phase";
        }
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p" + where, Long.class);
        TypedQuery<Project> items = em.createQuery("select p from Project p join fetch p.owner left join fetch p.borrower"
                + where + " order by p.name asc, p.id asc", Project.class);
        boolean seesAll = accountId == null && currentUser.isPermitted(Permissions.READ_ANY_ACCOUNT);
        for (TypedQuery<?> q : List.of(count, items)) {
            if (accountId != null) {
                q.setParameter("account", accountId);
            } else if (!seesAll) {
                q.setParameter("username", currentUser.username());
            }
            if (phase != null) {
                q.setParameter("phase", phase);
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

    /**
     * Starts pursuing a project for an agency: the project with its gates copied from the template in force for its
     * sector and contract type (an administrator's edit, else the default), so that later edits of the template leave
     * it alone, and its G0 decided GO by the caller, so that it starts in PLANNING with G1 next. Only the roles that
     * decide G0, on the owner account's team (or executives), start one.
     */
    public Project start(String name, long ownerAccountId, Long borrowerAccountId, CountryCode country, Sector sector,
                         ContractType contractType) {
        Account owner = visibleAccount("ownerAccountId", ownerAccountId);
        Account borrower = borrowerAccountId == null ? null : visibleAccount("borrowerAccountId", borrowerAccountId);
        if (!currentUser.isPermitted(Permissions.writeAccount(ownerAccountId))
                && !currentUser.hasAnyRole(Set.of(Role.EXECUTIVE))) {
            throw new Forbidden("only the owner account's team and executives start its projects");
        }
        if (!currentUser.hasAnyRole(GateTemplates.deciders(GateCode.G0))) {
            throw new Forbidden("only those who decide G0 start a project: " + GateTemplates.deciders(GateCode.G0));
        }
        Project project = new Project(new PlannedProject(name, owner, borrower, country, sector, contractType),
                templates.inForce(sector, contractType).gates());
        // Decided before persisting: Hibernate takes the row to insert when persist is called.
        GateDecision pursued = project.pursuitGate().decide(Decision.GO, "Pursue " + project.name(), List.of(),
                currentUser.username(), clock.instant());
        em.persist(project);
        em.persist(pursued);
        return project;
    }

    private Account visibleAccount(String field, long id) {
        Account account = em.find(Account.class, id);
        if (account == null || !currentUser.isPermitted(Permissions.readAccount(id))) {
            throw new DomainRuleViolation(field, Reason.UNKNOWN_REFERENCE, "no such account");
        }
        return account;
    }

    /** Loads the sector shares, which the caller reads after the transaction (batch-fetched, 50 at a time). */
    private static Project loaded(Project project) {
        project.sectors();
        return project;
    }
}
