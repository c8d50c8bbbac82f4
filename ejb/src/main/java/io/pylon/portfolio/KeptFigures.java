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
 * Every account's figures on a day, per reporting currency, for the last {@value #DAYS_KEPT} days asked for: the
 * facts read once and the figures worked out once per currency, kept while no transaction has written stored data
 * since ({@link DataChanges}: rates, cadences and settings included) and for at most {@link #MAX_AGE}, so that data
 * written around the application (a database restored, the synthetic data generator) shows within minutes. Reading
 * every account's facts takes the database over a second at 5,000 accounts and 100,000 projects, working out their
 * figures a tenth of a second (docs/benchmarks/portfolio-results.md); dashboards read them far more often than
 * anything changes, and an executive comparing quarters asks for the same few days again. One reader reads a day
 * while the others wait for its answer rather than ask the database the same.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KeptFigures {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final int DAYS_KEPT = 8;

    @Inject
    PortfolioFacts portfolioFacts;

    private final Clock clock = Clock.systemUTC();

    /** The days read, the least recently asked for first. */
    private final Map<LocalDate, Snapshot> days = new LinkedHashMap<>(DAYS_KEPT, 0.75f, true);

    /** What was read of a day, when, how many changes had committed before it was, and the figures worked out. */
    private record Snapshot(long changes, Instant readAt, Map<Long, AccountFacts> facts,
                            Map<Currency, Map<Long, AccountFigures>> figures) {

        boolean isCurrent(Instant now) {
            return changes == DataChanges.committed() && readAt.plus(MAX_AGE).isAfter(now);
        }
    }

    /** Every account's figures as of {@code asOf} in the conversion's currency, by account id; not to be changed. */
    public Map<Long, AccountFigures> of(LocalDate asOf, LocalDate today, DayConversion conversion, VisitCadence cadence) {
        Snapshot day = read(asOf, today);
        return day.figures().computeIfAbsent(conversion.target(), currency -> {
            Map<Long, AccountFigures> figures = new LinkedHashMap<>();
            day.facts().forEach((id, facts) -> figures.put(id, AccountFigures.of(facts, conversion, cadence)));
            return Collections.unmodifiableMap(figures);
        });
    }

    private synchronized Snapshot read(LocalDate asOf, LocalDate today) {
        Snapshot day = days.get(asOf);
        if (day == null || !day.isCurrent(clock.instant())) {
            long changes = DataChanges.committed();
            Instant readAt = clock.instant();
            day = new Snapshot(changes, readAt,
                    Collections.unmodifiableMap(portfolioFacts.read(AccountScope.ALL, asOf, today)),
                    new ConcurrentHashMap<>());
            days.put(asOf, day);
            if (days.size() > DAYS_KEPT) {
                days.remove(days.keySet().iterator().next());
            }
        }
        return day;
    }
}
