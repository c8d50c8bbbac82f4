package io.pylon.portfolio;

import io.pylon.currency.DayConversion;
import io.pylon.relationship.VisitCadence;
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
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every account's figures as of today, per reporting currency: the facts read once and the figures worked out once
 * per currency, kept while no transaction has written stored data since ({@link DataChanges}: rates, cadences and
 * settings included) and for at most {@link #MAX_AGE}, so that data written around the application (a database
 * restored, the synthetic data generator) shows within minutes. Reading every account's facts takes the database
 * over a second at 5,000 accounts and 100,000 projects, working out their figures a tenth of a second
 * (docs/benchmarks/portfolio-results.md); dashboards read them far more often than anything changes. One reader
 * reads them while the others wait for its answer rather than ask the database the same.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TodaysFigures {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Inject
    PortfolioFacts portfolioFacts;

    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot;

    /** What was read, when, how many changes had committed before it was, and the figures worked out from it. */
    private record Snapshot(LocalDate day, long changes, Instant readAt, Map<Long, AccountFacts> facts,
                            Map<Currency, Map<Long, AccountFigures>> figures) {

        boolean isCurrent(LocalDate today, Instant now) {
            return day.equals(today) && changes == DataChanges.committed() && readAt.plus(MAX_AGE).isAfter(now);
        }
    }

    /** Every account's figures as of {@code today} in the conversion's currency, by account id; not to be changed. */
    public Map<Long, AccountFigures> of(LocalDate today, DayConversion conversion, VisitCadence cadence) {
        Snapshot current = current(today);
        return current.figures().computeIfAbsent(conversion.target(), currency -> {
            Map<Long, AccountFigures> figures = new LinkedHashMap<>();
            current.facts().forEach((id, facts) -> figures.put(id, AccountFigures.of(facts, conversion, cadence)));
            return Collections.unmodifiableMap(figures);
        });
    }

    private Snapshot current(LocalDate today) {
        Snapshot current = snapshot;
        if (current != null && current.isCurrent(today, clock.instant())) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current == null || !current.isCurrent(today, clock.instant())) {
                long changes = DataChanges.committed();
                Instant readAt = clock.instant();
                current = new Snapshot(today, changes, readAt,
                        Collections.unmodifiableMap(portfolioFacts.read(AccountScope.ALL, today, today)),
                        new ConcurrentHashMap<>());
                snapshot = current;
            }
            return current;
        }
    }
}
