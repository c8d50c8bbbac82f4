package io.pylon.scoring;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Scores every account, or one. A run over all goes in chunks of {@value #CHUNK} accounts, each
 * in a transaction of its own, so that memory and transactions stay bounded whatever the number
 * of accounts; it answers when the last chunk is stored.
 */
@Stateless
public class ScoringRuns {

    /** Accounts per chunk: large enough that 10,000 accounts take 50 chunks, small enough for one JDBC batch. */
    static final int CHUNK = 200;

    private static final Logger LOG = Logger.getLogger(ScoringRuns.class.getName());

    @Inject
    AccountScorer scorer;

    private final Clock clock = Clock.systemUTC();

    /** What a run did: how many accounts it scored, from when to when. */
    public record Report(long accounts, Instant startedAt, Instant finishedAt) {
    }

    /** Without a transaction of its own: each call of the scorer then has one, a chunk's. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Report scoreAll() {
        Instant startedAt = clock.instant();
        ScoringBasis basis = scorer.basis();
        long scored = 0;
        long after = 0;
        for (List<Long> chunk = scorer.accountsAfter(after, CHUNK); !chunk.isEmpty();
                chunk = scorer.accountsAfter(after, CHUNK)) {
            scorer.score(chunk, basis);
            scored += chunk.size();
            after = chunk.get(chunk.size() - 1);
        }
        Report report = new Report(scored, startedAt, clock.instant());
        LOG.info(() -> "Scored " + report.accounts() + " accounts in "
                + Duration.between(report.startedAt(), report.finishedAt()).toMillis() + " ms");
        return report;
    }

    /** Scores one account in the caller's transaction, so that it sees what the caller just changed. */
    public void score(long accountId) {
        scorer.score(List.of(accountId), scorer.basis());
    }
}
