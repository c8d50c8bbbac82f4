package io.pylon.scoring;

import io.pylon.currency.RateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a run scores against, found once before its first account: the day it scores as of, the exchange
 * rates into the reporting currency, and for measures relative to all accounts (such as business scale
 * against the largest) their benchmark.
 */
public record ScoringBasis(LocalDate asOf, RateTable rates, Map<Criterion, BigDecimal> benchmarks) {

    public ScoringBasis {
        benchmarks = Map.copyOf(benchmarks);
    }

    /** The benchmark of the criterion's measure; null where it has none or no account has data. */
    public BigDecimal benchmark(Criterion criterion) {
        return benchmarks.get(criterion);
    }
}
