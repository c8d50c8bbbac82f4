package io.pylon.relationship;

import io.pylon.account.Account;
import io.pylon.account.Accounts;
import io.pylon.account.Contact;
import io.pylon.security.CurrentUser;
import io.pylon.security.User;
import io.pylon.shared.Conflict;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Page;
import io.pylon.shared.PageRequest;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interactions with an agency, newest first. Seen by whoever sees the account, recorded and
 * revised by whoever may change it; one of an account the caller may not see does not exist for them.
 */
@Stateless
public class Interactions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    FollowUps followUps;

    private final Clock clock = Clock.systemUTC();

    /** One page of the account's timeline, with participants and follow-ups: five statements, whatever its size. */
    public Page<Interaction> timeline(long accountId, PageRequest page) {
        accounts.find(accountId);
        long total = em.createQuery("select count(i) from Interaction i where i.account.id = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
        List<Interaction> items = total == 0 ? List.of() : em.createQuery("""
                        select i from Interaction i where i.account.id = :account
                        order by i.occurredOn desc, i.id desc""", Interaction.class)
                .setParameter("account", accountId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        loadParticipantsAndFollowUps(items);
        return new Page<>(items, total, page.page(), page.size());
    }

    public Interaction find(long accountId, long interactionId) {
        Interaction interaction = accounts.findPart(accountId, Interaction.class, interactionId, "interaction");
        loadParticipantsAndFollowUps(List.of(interaction));
        return interaction;
    }

    /** Records the interaction as the signed-in user's, with the follow-ups it led to; all or nothing. */
    public Interaction record(long accountId, InteractionDraft draft, List<FollowUpDraft> followUpDrafts) {
        Account account = accounts.find(accountId);
        currentUser.requireWriter(accountId);
        draft.details().requireHappenedBy(LocalDate.now(clock));
        Interaction interaction = new Interaction(account, draft.details(), ourParticipants(draft),
                theirParticipants(accountId, draft), currentUser.username(), clock.instant());
        em.persist(interaction);
        for (int i = 0; i < followUpDrafts.size(); i++) {
            followUps.raise(interaction, followUpDrafts.get(i), "followUps[" + i + "].");
        }
        return interaction;
    }

    /** Replaces what is known about the interaction, provided nobody changed it since {@code expectedVersion}. */
    public Interaction revise(long accountId, long interactionId, long expectedVersion, InteractionDraft draft) {
        Interaction interaction = find(accountId, interactionId);
        currentUser.requireWriter(accountId);
        if (interaction.version() != expectedVersion) {
            throw Conflict.staleVersion("interaction " + interactionId, expectedVersion, interaction.version());
        }
        draft.details().requireHappenedBy(LocalDate.now(clock));
        interaction.revise(draft.details(), ourParticipants(draft), theirParticipants(accountId, draft));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("interaction " + interactionId, expectedVersion, expectedVersion + 1);
        }
        return interaction;
    }

    /** Raises a follow-up on an interaction recorded earlier. */
    public FollowUp followUp(long accountId, long interactionId, FollowUpDraft draft) {
        Interaction interaction = find(accountId, interactionId);
        currentUser.requireWriter(accountId);
        return followUps.raise(interaction, draft, "");
    }

    private Set<User> ourParticipants(InteractionDraft draft) {
        if (draft.ourParticipants().isEmpty()) {
            return Set.of();
        }
        Set<User> users = new HashSet<>(em.createQuery("select u from User u where u.username in :usernames", User.class)
                .setParameter("usernames", draft.ourParticipants())
                .getResultList());
        if (users.size() < draft.ourParticipants().size()) {
            Set<String> unknown = new TreeSet<>(draft.ourParticipants());
            users.forEach(user -> unknown.remove(user.username()));
            throw new DomainRuleViolation("ourParticipants", Reason.UNKNOWN_REFERENCE, "no such users: " + unknown);
        }
        return users;
    }

    /** The contacts of this account, and no other, named by id. */
    private Set<Contact> theirParticipants(long accountId, InteractionDraft draft) {
        if (draft.theirParticipants().isEmpty()) {
            return Set.of();
        }
        Set<Contact> contacts = new HashSet<>(em.createQuery(
                        "select c from Contact c where c.id in :ids and c.account.id = :account", Contact.class)
                .setParameter("ids", draft.theirParticipants())
                .setParameter("account", accountId)
                .getResultList());
        if (contacts.size() < draft.theirParticipants().size()) {
            Set<Long> unknown = new TreeSet<>(draft.theirParticipants());
            contacts.forEach(contact -> unknown.remove(contact.id()));
            throw new DomainRuleViolation("theirParticipants", Reason.UNKNOWN_REFERENCE,
                    "no such contacts of this account: " + unknown);
        }
        return contacts;
    }

    /** Fetches the collections of all the interactions at once: one statement each, not one per interaction. */
    private void loadParticipantsAndFollowUps(List<Interaction> interactions) {
        if (interactions.isEmpty()) {
            return;
        }
        for (String fetch : List.of("left join fetch i.ourParticipants", "left join fetch i.theirParticipants",
                "left join fetch i.followUps f left join fetch f.owner")) {
            em.createQuery("select i from Interaction i " + fetch + " where i in :interactions", Interaction.class)
                    .setParameter("interactions", interactions)
                    .getResultList();
        }
    }

}
