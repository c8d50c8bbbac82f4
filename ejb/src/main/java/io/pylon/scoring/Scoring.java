package io.pylon.scoring;

import io.pylon.account.Account;
import io.pylon.account.Accounts;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Account scoring as people use it: everyone signed in reads the weightings, administrators set
 * them; an account's score and ratings are seen as the account is, and rated by those who may
 * change it, which rescores it at once; administrators and executives rescore every account now.
 */
@Stateless
public class Scoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    ScoringRuns runs;

    @Inject
    AccountScorer scorer;

    private final Clock clock = Clock.systemUTC();

    public Weightings weightings() {
        Map<Criterion, Weighting> stored = new EnumMap<>(Criterion.class);
        em.createQuery("select s from CriterionSetting s", CriterionSetting.class).getResultList()
                .forEach(setting -> stored.put(setting.criterion(), setting.weighting()));
        return new Weightings(stored);
    }

    /** Sets the weighting of the criteria given; the others keep theirs. The scores follow at the next run. */
    public Weightings reweigh(Map<Criterion, Weighting> changes) {
        currentUser.require(Permissions.CHANGE_SETTINGS, "only administrators set the scoring criteria");
        // Locked first, in the order a scoring chunk locks them: no deadlock with a run, no lost update.
        Map<Criterion, Weighting> merged = new EnumMap<>(scorer.lockedWeightings().byCriterion());
        merged.putAll(changes);
        Weightings result = new Weightings(merged);
        changes.forEach((criterion, weighting) -> {
            CriterionSetting setting = em.find(CriterionSetting.class, criterion);
            if (setting == null) {
                em.persist(new CriterionSetting(criterion, weighting));
            } else {
                setting.reweigh(weighting);
            }
        });
        return result;
    }

    /** The account's score as last computed, with its parts; empty before its first computation. */
    public Optional<AccountScore> scoreOf(long accountId) {
        accounts.find(accountId);
        return em.createQuery("select s from AccountScore s left join fetch s.parts where s.accountId = :id",
                        AccountScore.class)
                .setParameter("id", accountId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The scores of accounts the caller has been shown already (a page of the list, say), by
     * account id; those not scored yet, or without data, are missing. One query.
     */
    public Map<Long, BigDecimal> scoresOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, BigDecimal> scores = new HashMap<>();
        em.createQuery("select s.accountId, s.score from AccountScore s where s.accountId in :ids and s.score is not null",
                        Object[].class)
                .setParameter("ids", accountIds)
                .getResultList()
                .forEach(row -> scores.put((Long) row[0], (BigDecimal) row[1]));
        return scores;
    }

    /** The ratings the account's team gave it; empty before the first. */
    public Optional<AccountRating> ratingOf(long accountId) {
        accounts.find(accountId);
        return Optional.ofNullable(em.find(AccountRating.class, accountId));
    }

    /** Replaces the account's ratings and rescores it. */
    public AccountRating rate(long accountId, Ratings ratings) {
        Account account = accounts.find(accountId);
        currentUser.requireWriter(accountId);
        AccountRating rating = em.find(AccountRating.class, accountId);
        if (rating == null) {
            rating = new AccountRating(account, ratings, currentUser.username(), clock.instant());
            em.persist(rating);
        } else {
            rating.rerate(ratings, currentUser.username(), clock.instant());
        }
        em.flush();
        runs.score(accountId);
        return rating;
    }

    /** Rescores every account now; answers when done. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ScoringRuns.Report scoreAll() {
        currentUser.require(Permissions.RUN_SCORING, "only administrators and executives rescore every account");
        return runs.scoreAll();
    }
}
