package io.pylon.merge;

import io.pylon.account.Account;
import io.pylon.account.Accounts;
import io.pylon.merge.NearDuplicateFinder.Named;
import io.pylon.merge.NearDuplicateFinder.NearDuplicate;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Page;
import io.pylon.shared.PageRequest;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs of accounts in one country whose names normalisation does not settle but
 * {@link NameSimilarity} finds alike, for a person to merge or keep apart. A caller sees the
 * pairs of accounts they may both read; pairs kept apart are not listed again.
 */
@Stateless
public class NearDuplicates {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    AccountMerges merges;

    private final Clock clock = Clock.systemUTC();

    /** A pair to look at, and whether the caller may merge it or keep it apart. */
    public record Candidate(NearDuplicate pair, boolean mayDecide) {
    }

    /** One page of the pairs, most similar first: three statements, however many accounts there are. */
    public Page<Candidate> find(PageRequest page) {
        boolean seesAll = currentUser.isPermitted(Permissions.READ_ANY_ACCOUNT);
        TypedQuery<Object[]> visible = em.createQuery("select a.id, a.country, a.name from Account a" + (seesAll ? ""
                : " where exists (select m.id from TeamMember m where m.account = a and m.user.username = :username)"),
                Object[].class);
        if (!seesAll) {
            visible.setParameter("username", currentUser.username());
        }
        List<Named> named = visible.getResultList().stream()
                .map(row -> new Named((Long) row[0], (CountryCode) row[1], (String) row[2]))
                .toList();
        Set<KeptApart.Pair> keptApart = new HashSet<>(em.createQuery("select k.pair from KeptApart k", KeptApart.Pair.class)
                .getResultList());
        List<NearDuplicate> pairs = NearDuplicateFinder.among(named).stream()
                .filter(pair -> !keptApart.contains(KeptApart.Pair.of(pair.first().id(), pair.second().id())))
                .toList();
        int from = Math.min(page.offset(), pairs.size());
        List<Candidate> candidates = pairs.subList(from, Math.min(from + page.size(), pairs.size())).stream()
                .map(pair -> new Candidate(pair, merges.mayMerge(pair.first().id()) && merges.mayMerge(pair.second().id())))
                .toList();
        return new Page<>(candidates, pairs.size(), page.page(), page.size());
    }

    /** Records that the two accounts are different agencies; deciding it again changes nothing. */
    public void keepApart(long oneId, long otherId) {
        if (oneId == otherId) {
            throw new DomainRuleViolation("second", Reason.SAME_ACCOUNT, "an account is always apart from itself");
        }
        Account one = accounts.find(oneId);
        Account other = accounts.find(otherId);
        merges.requireMergeable(oneId);
        merges.requireMergeable(otherId);
        if (em.find(KeptApart.class, KeptApart.Pair.of(oneId, otherId)) == null) {
            em.persist(new KeptApart(one, other, currentUser.username(), clock.instant()));
        }
    }
}
