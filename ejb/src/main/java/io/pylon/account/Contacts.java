package io.pylon.account;

import io.pylon.audit.Change;
import io.pylon.audit.History;
import io.pylon.security.CurrentUser;
import io.pylon.shared.Conflict;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The people at an agency. They are seen by whoever sees the account and changed by whoever
 * may change it; a contact of an account the caller may not see does not exist for them.
 */
@Stateless
public class Contacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    public List<Contact> of(long accountId) {
        accounts.find(accountId);
        return em.createQuery("select c from Contact c where c.account.id = :account order by c.name, c.id",
                        Contact.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public Contact add(long accountId, ContactDetails details) {
        Account account = accounts.find(accountId);
        currentUser.requireWriter(accountId);
        Contact contact = new Contact(account, details);
        em.persist(contact);
        return contact;
    }

    public Contact find(long accountId, long contactId) {
        return accounts.findPart(accountId, Contact.class, contactId, "contact");
    }

    /** Replaces what is known about the contact, provided nobody changed it since {@code expectedVersion}. */
    public Contact update(long accountId, long contactId, long expectedVersion, ContactDetails details) {
        Contact contact = find(accountId, contactId);
        currentUser.requireWriter(accountId);
        if (contact.version() != expectedVersion) {
            throw Conflict.staleVersion("contact " + contactId, expectedVersion, contact.version());
        }
        contact.update(details);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("contact " + contactId, expectedVersion, expectedVersion + 1);
        }
        return contact;
    }

    public List<Change<Contact>> history(long accountId, long contactId) {
        find(accountId, contactId);
        return History.of(em, Contact.class, contactId, state -> { });
    }

}
