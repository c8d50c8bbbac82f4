package io.pylon.plan;

import io.pylon.account.Account;
import io.pylon.account.Accounts;
import io.pylon.security.CurrentUser;
import io.pylon.security.Role;
import io.pylon.security.User;
import io.pylon.security.Users;
import io.pylon.shared.Conflict;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.NotFound;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Account plans, one per account and year. Whoever sees the account sees its plans; whoever may
 * change the account changes them. The plan's parts and each objective carry their own versions,
 * so that a stale one is refused (409) instead of overwriting someone else's edit.
 */
@Stateless
public class AccountPlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    Users users;

    private final Clock clock = Clock.systemUTC();

    /** The account's plans, latest year first. */
    public List<AccountPlan> of(long accountId) {
        accounts.find(accountId);
        return em.createQuery("select p from AccountPlan p where p.account.id = :account order by p.year desc",
                        AccountPlan.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public PlanWithObjectives find(long accountId, int year) {
        AccountPlan plan = existing(readable(accountId, year), year)
                .orElseThrow(() -> new NotFound("plan of account " + accountId + " for", year));
        return new PlanWithObjectives(loaded(plan), objectives(plan));
    }

    /**
     * Replaces the parts of the plan that {@code sections} brings. {@code expectedVersion} is the
     * version the caller read, or null to start the year's plan, which must not exist yet.
     */
    public PlanWithObjectives revise(long accountId, int year, Long expectedVersion, PlanSections sections) {
        Account account = writable(accountId, year);
        Optional<AccountPlan> existing = existing(account, year);
        if (existing.isEmpty() && expectedVersion != null) {
            throw new NotFound("plan of account " + accountId + " for", year);
        }
        if (existing.isPresent() && (expectedVersion == null || existing.get().version() != expectedVersion)) {
            throw Conflict.staleVersion("the " + year + " plan", expectedVersion == null ? -1 : expectedVersion,
                    existing.get().version());
        }
        AccountPlan plan = existing.orElseGet(() -> new AccountPlan(account, year, lastChange()));
        plan.revise(sections, lastChange());
        if (existing.isEmpty()) {
            // Persisted with its parts: parts added after the insert would count as a second version.
            em.persist(plan);
        }
        flush("the " + year + " plan");
        return new PlanWithObjectives(loaded(plan), objectives(plan));
    }

    /** Adds an objective, starting the year's plan if there is none yet. */
    public PlanObjective addObjective(long accountId, int year, ObjectiveDraft draft) {
        Account account = writable(accountId, year);
        ObjectiveDetails details = details(accountId, draft);
        AccountPlan plan = existing(account, year).orElseGet(() -> started(account, year));
        PlanObjective objective = new PlanObjective(plan, details, lastChange());
        em.persist(objective);
        flush("the " + year + " plan");
        return objective;
    }

    public PlanObjective updateObjective(long accountId, int year, long objectiveId, long expectedVersion,
                                         ObjectiveDraft draft) {
        PlanObjective objective = objective(writable(accountId, year), year, objectiveId, expectedVersion);
        objective.update(details(accountId, draft), lastChange());
        flush("objective " + objectiveId);
        return objective;
    }

    public void removeObjective(long accountId, int year, long objectiveId, long expectedVersion) {
        em.remove(objective(writable(accountId, year), year, objectiveId, expectedVersion));
        flush("objective " + objectiveId);
    }

    /** The plan as a PDF document. */
    public byte[] pdf(long accountId, int year) {
        PlanWithObjectives plan = find(accountId, year);
        return AccountPlanPdf.of(plan.plan().account(), plan);
    }

    /**
     * Prepares the plans of {@code merged} for a merge into {@code surviving} that the caller was
     * allowed to make: in a year both accounts planned, the surviving plan takes in the other's
     * objectives and what the other's parts add ({@link AccountPlan#absorb}), and the other plan
     * goes. Plans of years only the merged account planned are left for the merge to move.
     */
    public void combineSameYears(Account merged, Account surviving) {
        for (AccountPlan from : em.createQuery("""
                        select p from AccountPlan p where p.account = :merged
                        and exists (select q.id from AccountPlan q where q.account = :surviving and q.year = p.year)""",
                        AccountPlan.class)
                .setParameter("merged", merged)
                .setParameter("surviving", surviving)
                .getResultList()) {
            AccountPlan into = existing(surviving, from.year()).orElseThrow();
            into.absorb(from, lastChange());
            em.createQuery("update PlanObjective o set o.plan = :into where o.plan = :from")
                    .setParameter("into", into)
                    .setParameter("from", from)
                    .executeUpdate();
            em.remove(from);
        }
        em.flush();
    }

    private Account readable(long accountId, int year) {
        AccountPlan.requireYear(year, Year.now(clock).getValue());
        return accounts.find(accountId);
    }

    private Account writable(long accountId, int year) {
        Account account = readable(accountId, year);
        currentUser.requireWriter(accountId);
        return account;
    }

    private Optional<AccountPlan> existing(Account account, int year) {
        return em.createQuery("select p from AccountPlan p where p.account = :account and p.year = :year", AccountPlan.class)
                .setParameter("account", account)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    private AccountPlan started(Account account, int year) {
        AccountPlan plan = new AccountPlan(account, year, lastChange());
        em.persist(plan);
        return plan;
    }

    private List<PlanObjective> objectives(AccountPlan plan) {
        List<PlanObjective> objectives = em.createQuery("""
                        select o from PlanObjective o join fetch o.owner
                        where o.plan = :plan order by o.dueOn, o.id""", PlanObjective.class)
                .setParameter("plan", plan)
                .getResultList();
        objectives.forEach(objective -> objective.details().measures());
        return objectives;
    }

    private PlanObjective objective(Account account, int year, long objectiveId, long expectedVersion) {
        PlanObjective objective = em.find(PlanObjective.class, objectiveId);
        if (objective == null || !objective.plan().account().id().equals(account.id()) || objective.plan().year() != year) {
            throw new NotFound("objective", objectiveId);
        }
        if (objective.version() != expectedVersion) {
            throw Conflict.staleVersion("objective " + objectiveId, expectedVersion, objective.version());
        }
        return objective;
    }

    /** The objective with its owner, who must be a user that sees the account. */
    private ObjectiveDetails details(long accountId, ObjectiveDraft draft) {
        User owner = draft.owner() == null ? null : users.byUsername(draft.owner())
                .filter(user -> seesAccount(user, accountId))
                .orElseThrow(() -> new DomainRuleViolation("owner", Reason.UNKNOWN_REFERENCE,
                        "no user of that name sees this account"));
        return new ObjectiveDetails(draft.title(), owner, draft.dueOn(), draft.status(), draft.measures());
    }

    private boolean seesAccount(User user, long accountId) {
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.EXECUTIVE)) {
            return true;
        }
        return em.createQuery("select count(m) from TeamMember m where m.account.id = :account and m.user = :user", Long.class)
                .setParameter("account", accountId)
                .setParameter("user", user)
                .getSingleResult() > 0;
    }

    /** Writes now, so that a concurrent change or a plan started twice at once ends as a conflict. */
    private void flush(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict("version", Reason.STALE_VERSION, what + " was changed by someone else meanwhile");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException violation
                    && "account_plan_year_unique".equalsIgnoreCase(violation.getConstraintName())) {
                throw new Conflict("version", Reason.STALE_VERSION, what + " was started by someone else meanwhile");
            }
            throw e;
        }
    }

    /** Loads the parts of the plan, which the caller reads after the transaction. */
    private static AccountPlan loaded(AccountPlan plan) {
        plan.strengths();
        plan.weaknesses();
        plan.competitors();
        plan.developmentPlans();
        plan.account().name();
        return plan;
    }

    private LastChange lastChange() {
        return new LastChange(currentUser.username(), clock.instant());
    }
}
