package io.pylon.scoring;

import io.pylon.currency.RateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * How one criterion is measured from the data. A measure reads the figures of a whole range of
 * accounts in one query, never one account at a time, and turns each into a score 0 to 100.
 * A new criterion is a new implementation (a CDI bean) and a constant of {@link Criterion}.
 */
public interface Measure {

    Criterion criterion();

    /**
     * The figure over all accounts the scores are relative to, in at most one query; null for an absolute scale.
     * Amounts in other currencies convert into the reporting currency with {@code rates}.
     */
    default BigDecimal benchmark(LocalDate asOf, RateTable rates) {
        return null;
    }

    /**
     * The measurement of each account in the range that has data; accounts without data are
     * missing from the map and get {@link #nothingFound()}.
     */
    Map<Long, Measurement> measure(AccountRange accounts, ScoringBasis basis);

    /** What an account without data on this criterion is told. */
    Measurement nothingFound();
}
