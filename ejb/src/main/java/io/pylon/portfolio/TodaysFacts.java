package io.pylon.portfolio;

import io.pylon.shared.DataChanges;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

/**
 * The facts of every account as of today, read once and kept while no transaction has written stored data since
 * ({@link DataChanges}), and for at most {@link #MAX_AGE}, so that data written around the application (a database
 * restored, the synthetic data generator) shows within minutes. Reading every account's facts takes the database
 * about two seconds at 5,000 accounts and 100,000 projects (docs/benchmarks/portfolio-results.md); dashboards read
 * them far more often than anything changes. One reader refreshes them while the others wait for its answer rather
 * than ask the database the same.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TodaysFacts {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Inject
    PortfolioFacts portfolioFacts;

    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot;

    /** What was read, when, and how many changes had committed before it was. */
    private record Snapshot(LocalDate day, long changes, Instant readAt, Map<Long, AccountFacts> facts) {

        boolean isCurrent(LocalDate today, Instant now) {
            return day.equals(today) && changes == DataChanges.committed() && readAt.plus(MAX_AGE).isAfter(now);
        }
    }

    /** Every account's facts as of {@code today}, not to be changed. */
    public Map<Long, AccountFacts> of(LocalDate today) {
        Snapshot current = snapshot;
        if (current != null && current.isCurrent(today, clock.instant())) {
            return current.facts();
        }
        synchronized (this) {
            current = snapshot;
            if (current == null || !current.isCurrent(today, clock.instant())) {
                long changes = DataChanges.committed();
                Instant readAt = clock.instant();
                current = new Snapshot(today, changes, readAt,
                        Collections.unmodifiableMap(portfolioFacts.read(AccountScope.ALL, today, today)));
                snapshot = current;
            }
            return current.facts();
        }
    }
}
