package io.pylon.relationship;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.account.Account;
import io.pylon.account.Accounts;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Follow-ups of the interactions with an agency. Seen as the account is, raised, revised and completed
 * by whoever may change it, owned by someone who may see it.
 */
@Stateless
public class FollowUps {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    Users users;

    @Inject
    Visits visits;

    private final Clock clock = Clock.systemUTC();

    /** The open follow-ups of an account, the earliest due first, and its visit schedule. */
    public record OfAccount(List<FollowUp> open, VisitSchedule visit) {
    }

    /** What the signed-in user has to do: their open follow-ups, and the visits due on the accounts they lead. */
    public record Agenda(List<FollowUp> followUps, List<AccountVisit> visits) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OfAccount openOf(long accountId) {
        Account account = accounts.find(accountId);
        List<FollowUp> open = em.createQuery("""
                        select f from FollowUp f join fetch f.owner join fetch f.interaction i
                        where i.account.id = :account and f.completedAt is null order by f.dueOn, f.id""", FollowUp.class)
                .setParameter("account", accountId)
                .getResultList();
        return new OfAccount(open, visits.of(account));
    }

    /**
     * The signed-in user's agenda in a fixed number of statements, however long it is. Follow-ups of
     * accounts they no longer see are left out: the account's name is not theirs to read any more.
     */
    public Agenda mine() {
        String username = currentUser.username();
        String visible = currentUser.isPermitted(Permissions.READ_ANY_ACCOUNT) ? ""
                : " and exists (select m.id from TeamMember m where m.account = a and m.user = o)";
        List<FollowUp> followUps = em.createQuery("""
                        select f from FollowUp f join fetch f.owner o join fetch f.interaction i join fetch i.account a
                        where o.username = :username and f.completedAt is null""" + visible + """
                         order by f.dueOn, a.name, f.id""", FollowUp.class)
                .setParameter("username", username)
                .getResultList();
        return new Agenda(followUps, visits.dueFor(username));
    }

    /**
     * Raises a follow-up on an interaction the caller may change; {@code fieldPrefix} names the
     * draft in the request when it came with others ({@code followUps[0].}).
     */
    public FollowUp raise(Interaction interaction, FollowUpDraft draft, String fieldPrefix) {
        User owner = checkedOwner(interaction.account(), draft, fieldPrefix);
        try {
            FollowUp followUp = interaction.followUp(draft.description(), owner, draft.dueOn());
            em.persist(followUp);
            return followUp;
        } catch (DomainRuleViolation violation) {
            throw new DomainRuleViolation(fieldPrefix + violation.field(), violation.reason(), violation.getMessage());
        }
    }

    public FollowUp find(long accountId, long followUpId) {
        accounts.find(accountId);
        List<FollowUp> found = em.createQuery("""
                        select f from FollowUp f join fetch f.owner join fetch f.interaction i
                        where f.id = :id and i.account.id = :account""", FollowUp.class)
                .setParameter("id", followUpId)
                .setParameter("account", accountId)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFound("follow-up", followUpId);
        }
        return found.get(0);
    }

    /** Marks it done by the signed-in user, now; a follow-up done already stays as it was. */
    public FollowUp complete(long accountId, long followUpId) {
        FollowUp followUp = find(accountId, followUpId);
        currentUser.requireWriter(accountId);
        followUp.complete(currentUser.username(), clock.instant());
        return flushed(followUp);
    }

    public FollowUp reopen(long accountId, long followUpId) {
        FollowUp followUp = find(accountId, followUpId);
        currentUser.requireWriter(accountId);
        followUp.reopen();
        return flushed(followUp);
    }

    /**
     * Says anew what the follow-up asks, of whom (someone who sees the account, as when it was raised)
     * and by when, provided nobody changed it since {@code expectedVersion}; done or not, it stays so.
     */
    public FollowUp revise(long accountId, long followUpId, long expectedVersion, FollowUpDraft draft) {
        FollowUp followUp = find(accountId, followUpId);
        currentUser.requireWriter(accountId);
        if (followUp.version() != expectedVersion) {
            throw Conflict.staleVersion("follow-up " + followUpId, expectedVersion, followUp.version());
        }
        followUp.revise(draft.description(), checkedOwner(followUp.interaction().account(), draft, ""), draft.dueOn());
        return flushed(followUp);
    }

    /** Writes now, so that a change racing another ends as a conflict rather than a failed commit. */
    private FollowUp flushed(FollowUp followUp) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict("version", Reason.STALE_VERSION,
                    "follow-up " + followUp.id() + " was changed by someone else meanwhile");
        }
        return followUp;
    }

    /** The owner the draft names, once both they (who must see the account) and its due date are checked. */
    private User checkedOwner(Account account, FollowUpDraft draft, String fieldPrefix) {
        User owner = owner(account, draft.owner(), fieldPrefix + "owner");
        requirePresent(fieldPrefix + "dueOn", draft.dueOn());
        return owner;
    }

    /** The enabled user of that name, provided they see the account. */
    private User owner(Account account, String username, String field) {
        if (username == null || username.isBlank()) {
            throw new DomainRuleViolation(field, Reason.REQUIRED, "is required");
        }
        User owner = users.byUsername(username)
                .orElseThrow(() -> new DomainRuleViolation(field, Reason.UNKNOWN_REFERENCE, "there is no user " + username));
        if (!owner.enabled()) {
            throw new DomainRuleViolation(field, Reason.NOT_ALLOWED, username + " is disabled");
        }
        boolean onTeam = em.createQuery("select count(m) from TeamMember m where m.account = :account and m.user = :user",
                        Long.class)
                .setParameter("account", account)
                .setParameter("user", owner)
                .getSingleResult() > 0;
        if (!onTeam && !Permissions.seesEveryAccount(owner.roles())) {
            throw new DomainRuleViolation(field, Reason.NOT_ALLOWED, username + " is not on the account's team");
        }
        return owner;
    }

}
