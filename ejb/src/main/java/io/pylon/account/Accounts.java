package io.pylon.account;

import io.pylon.audit.Change;
import io.pylon.audit.History;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.security.User;
import io.pylon.security.Users;
import io.pylon.shared.Conflict;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.NormalizedName;
import io.pylon.shared.NotFound;
import io.pylon.shared.Page;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Agency accounts. ADMIN and EXECUTIVE see every account; everyone else sees the accounts of
 * their teams, and an account they may not see is reported as not found.
 */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Users users;

    /** Registers an agency; the account manager who creates it leads its team. */
    public Account create(AccountDraft draft) {
        currentUser.require(Permissions.CREATE_ACCOUNT, "only account managers and administrators create accounts");
        AccountProfile profile = profileOf(draft);
        requireUniqueName(profile, null);
        Account account = new Account(profile);
        em.persist(account);
        User creator = users.byUsername(currentUser.username()).orElseThrow();
        em.persist(new TeamMember(account, creator, TeamRole.ACCOUNT_LEAD));
        flushUniquely(account);
        return account;
    }

    public Account find(long id) {
        List<Account> found = em.createQuery(
                        "select a from Account a left join fetch a.parent where a.id = :id", Account.class)
                .setParameter("id", id)
                .getResultList();
        if (found.isEmpty() || !currentUser.isPermitted(Permissions.readAccount(id))) {
            throw new NotFound("account", id);
        }
        return found.get(0);
    }

    /**
     * The part (a contact, an opportunity, ...) with this id of an account the signed-in user sees. A part of
     * another account is missing too, so its id cannot be reached through an account one may see.
     */
    public <T extends PartOfAccount> T findPart(long accountId, Class<T> type, long id, String what) {
        find(accountId);
        T part = em.find(type, id);
        if (part == null || !part.account().id().equals(accountId)) {
            throw new NotFound(what, id);
        }
        return part;
    }

    /**
     * The account of this name in this country, however its case, spacing and punctuation are
     * written, or the account it is an alias of (the name of an account merged into it), whether
     * or not the caller sees it: for matching agencies named in imported data, never to show.
     */
    public Optional<Account> byName(CountryCode country, String name) {
        Optional<Account> named = em.createQuery(
                        "select a from Account a where a.country = :country and a.normalizedName = :name", Account.class)
                .setParameter("country", country)
                .setParameter("name", NormalizedName.of(name))
                .getResultStream()
                .findFirst();
        return named.isPresent() ? named : aliasOf(country, name).map(AccountAlias::account);
    }

    /** The alias of this name in this country, such as the name of an account merged into another. */
    public Optional<AccountAlias> aliasOf(CountryCode country, String name) {
        return em.createQuery("""
                        select x from AccountAlias x join fetch x.account
                        where x.country = :country and x.normalizedName = :name""", AccountAlias.class)
                .setParameter("country", country)
                .setParameter("name", NormalizedName.of(name))
                .getResultStream()
                .findFirst();
    }

    /** One page of the visible accounts: two statements, whatever the page size. */
    public Page<Account> search(AccountQuery query) {
        boolean seesAll = currentUser.isPermitted(Permissions.READ_ANY_ACCOUNT);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.text() != null) {
            where.append(" and (lower(a.name) like :written escape '\\' or lower(a.nativeName) like :written escape '\\'");
            where.append(query.normalizedText() == null ? ")" : " or a.normalizedName like :normalized escape '\\')");
        }
        if (query.country() != null) {
            where.append(" and a.country = :country");
        }
        if (!seesAll) {
            where.append(" and exists (select m.id from TeamMember m where m.account = a and m.user.username = :username)");
        }
        TypedQuery<Long> count = em.createQuery("select count(a) from Account a" + where, Long.class);
        String scores = query.sortsByScore() ? " left join AccountScore s on s.accountId = a.id" : "";
        TypedQuery<Account> items = em.createQuery(
                "select a from Account a left join fetch a.parent" + scores + where + " order by " + query.orderBy(),
                Account.class);
        for (TypedQuery<?> q : List.of(count, items)) {
            if (query.text() != null) {
                q.setParameter("written", containing(query.writtenText()));
                if (query.normalizedText() != null) {
                    q.setParameter("normalized", containing(query.normalizedText()));
                }
            }
            if (query.country() != null) {
                q.setParameter("country", query.country());
            }
            if (!seesAll) {
                q.setParameter("username", currentUser.username());
            }
        }
        long total = count.getSingleResult();
        List<Account> page = total == 0 ? List.of() : items
                .setFirstResult(query.page().offset())
                .setMaxResults(query.page().size())
                .getResultList();
        return new Page<>(page, total, query.page().page(), query.page().size());
    }

    /**
     * Replaces the account's profile, provided nobody changed it since the caller read
     * {@code expectedVersion}.
     */
    public Account revise(long id, long expectedVersion, AccountDraft draft) {
        Account account = find(id);
        currentUser.requireWriter(id);
        if (account.version() != expectedVersion) {
            throw Conflict.staleVersion("account " + id, expectedVersion, account.version());
        }
        AccountProfile profile = profileOf(draft);
        // Checked before the change: a query after it would flush the duplicate into the table first.
        requireUniqueName(profile, id);
        account.revise(profile);
        flushUniquely(account);
        return account;
    }

    /** Every audited change of the account, oldest first. */
    public List<Change<Account>> history(long id) {
        find(id);
        return History.of(em, Account.class, id, state -> Hibernate.initialize(state.parent()));
    }

    private AccountProfile profileOf(AccountDraft draft) {
        if (draft.country() != null && !CountryCode.isValid(draft.country())) {
            throw new DomainRuleViolation("country", Reason.INVALID_COUNTRY, "is not an ISO 3166 alpha-3 country code");
        }
        Account parent = null;
        if (draft.parentAccountId() != null) {
            parent = em.find(Account.class, draft.parentAccountId());
            if (parent == null || !currentUser.isPermitted(Permissions.readAccount(parent.id()))) {
                throw new DomainRuleViolation("parentAccountId", Reason.UNKNOWN_REFERENCE, "no such account");
            }
        }
        return new AccountProfile(draft.name(), draft.nativeName(),
                draft.country() == null ? null : CountryCode.of(draft.country()), draft.agencyType(),
                draft.sectors(), parent, draft.classification());
    }

    private void requireUniqueName(AccountProfile profile, Long exceptId) {
        if (byName(profile.country(), profile.name()).filter(other -> !other.id().equals(exceptId)).isPresent()) {
            throw duplicateName(profile.name(), profile.country());
        }
    }

    /**
     * Writes now rather than at commit, so that a concurrent change or a duplicate that slipped
     * past the checks above ends as a conflict, not as a failed commit.
     */
    private void flushUniquely(Account account) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict("version", Reason.STALE_VERSION,
                    "account " + account.id() + " was changed by someone else meanwhile");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException violation
                    && "account_name_unique".equalsIgnoreCase(violation.getConstraintName())) {
                throw duplicateName(account.name(), account.country());
            }
            throw e;
        }
    }

    private static Conflict duplicateName(String name, CountryCode country) {
        return new Conflict("name", Reason.DUPLICATE, "an account named \"" + name + "\" already exists in " + country);
    }

    /** A LIKE pattern matching the text anywhere, its wildcards and escape character taken literally. */
    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
