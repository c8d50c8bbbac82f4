package io.pylon.portfolio;

import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The opportunities of one account, per currency: won value, and open value times win probability in percent (the
 * weighted pipeline is rounded half-even to the cent once per currency, after summing).
 */
public final class Holdings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<Currency, BigDecimal> contracted = new LinkedHashMap<>();
    private final Map<Currency, BigDecimal> weightedPercent = new LinkedHashMap<>();

    void hold(Currency currency, BigDecimal won, BigDecimal openTimesPercent) {
        contracted.put(currency, won);
        weightedPercent.put(currency, openTimesPercent);
    }

    Set<Currency> currencies() {
        Set<Currency> currencies = new LinkedHashSet<>(contracted.keySet());
        currencies.addAll(weightedPercent.keySet());
        return currencies;
    }

    Money contracted(Currency currency) {
        return Money.of(contracted.getOrDefault(currency, BigDecimal.ZERO), currency);
    }

    Money pipeline(Currency currency) {
        BigDecimal weighted = weightedPercent.getOrDefault(currency, BigDecimal.ZERO);
        return Money.of(weighted.divide(HUNDRED).setScale(Money.SCALE, RoundingMode.HALF_EVEN), currency);
    }
}
