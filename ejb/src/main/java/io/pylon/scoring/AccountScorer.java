package io.pylon.scoring;

import io.pylon.currency.ExchangeRates;
import io.pylon.currency.RateTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Scores a chunk of accounts in one transaction with the same statements whatever its size: the
 * weightings (locked, so that two runs, on this instance or another, write one after the other),
 * one query per enabled criterion, two deletes, and the new scores in one JDBC batch per table.
 */
@Stateless
public class AccountScorer {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<Measure> allMeasures;

    @Inject
    ExchangeRates exchangeRates;

    private final Clock clock = Clock.systemUTC();

    private Map<Criterion, Measure> measures;

    @PostConstruct
    void findMeasures() {
        measures = new EnumMap<>(Criterion.class);
        for (Measure measure : allMeasures) {
            if (measures.put(measure.criterion(), measure) != null) {
                throw new IllegalStateException("two measures of " + measure.criterion());
            }
        }
        for (Criterion criterion : Criterion.values()) {
            if (!measures.containsKey(criterion)) {
                throw new IllegalStateException("no measure of " + criterion);
            }
        }
    }

    /** What a run starting now scores against: today, the exchange rates, and each measure's benchmark. */
    public ScoringBasis basis() {
        LocalDate today = LocalDate.now(clock);
        RateTable rates = exchangeRates.table();
        Map<Criterion, BigDecimal> benchmarks = new EnumMap<>(Criterion.class);
        measures.forEach((criterion, measure) -> {
            BigDecimal benchmark = measure.benchmark(today, rates);
            if (benchmark != null) {
                benchmarks.put(criterion, benchmark);
            }
        });
        return new ScoringBasis(today, rates, benchmarks);
    }

    /** The ids of at most {@code limit} accounts after {@code afterId}, in order: the next chunk of a run. */
    public List<Long> accountsAfter(long afterId, int limit) {
        return em.createQuery("select a.id from Account a where a.id > :after order by a.id", Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Computes and stores the scores of these accounts, given in ascending order of id, replacing their old scores. */
    public void score(List<Long> accountIds, ScoringBasis basis) {
        AccountRange range = new AccountRange(accountIds.get(0), accountIds.get(accountIds.size() - 1));
        Weightings weightings = lockedWeightings();
        List<Criterion> enabled = new ArrayList<>();
        Map<Criterion, Map<Long, Measurement>> measured = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            if (weightings.of(criterion).enabled()) {
                enabled.add(criterion);
                measured.put(criterion, measures.get(criterion).measure(range, basis));
            }
        }
        em.createNativeQuery("delete from account_score_part where account_id between ?1 and ?2")
                .setParameter(1, range.first())
                .setParameter(2, range.last())
                .executeUpdate();
        em.createQuery("delete from AccountScore s where s.accountId between :first and :last")
                .setParameter("first", range.first())
                .setParameter("last", range.last())
                .executeUpdate();
        // One batch per table for the whole chunk, however many accounts and parts it has.
        em.unwrap(Session.class).setJdbcBatchSize(Math.max(1, accountIds.size() * Math.max(1, enabled.size())));
        Instant computedAt = clock.instant();
        for (long accountId : accountIds) {
            List<WeightedScore.Input> inputs = enabled.stream()
                    .map(criterion -> new WeightedScore.Input(criterion.name(), weightings.of(criterion).weight(),
                            measured.get(criterion).computeIfAbsent(accountId,
                                    id -> measures.get(criterion).nothingFound())))
                    .toList();
            em.persist(new AccountScore(accountId, WeightedScore.of(inputs), computedAt));
        }
        em.flush();
    }

    /** The weightings in force, their rows locked until this transaction ends. */
    public Weightings lockedWeightings() {
        Map<Criterion, Weighting> stored = new EnumMap<>(Criterion.class);
        em.createQuery("select s from CriterionSetting s order by s.criterion", CriterionSetting.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(setting -> stored.put(setting.criterion(), setting.weighting()));
        return new Weightings(stored);
    }
}
