package io.pylon.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts amounts into one currency at the rates in force on one day, and remembers the rates it used so that a
 * report can say which rate each converted figure rests on. Rates are quoted into the reporting currency, so an
 * amount goes into another target currency through it: amount * rate(currency) / rate(target), rounded half-even
 * to the cent once, at the end.
 */
public final class DayConversion {

    private final RateTable rates;
    private final Currency target;
    private final LocalDate day;
    private final Map<Currency, Optional<ExchangeRate>> used = new HashMap<>();

    private DayConversion(RateTable rates, Currency target, LocalDate day) {
        this.rates = rates;
        this.target = target;
        this.day = day;
    }

    /** A conversion into {@code target} on {@code day}, or nothing when the target itself has no rate in force then. */
    public static Optional<DayConversion> into(Currency target, RateTable rates, LocalDate day) {
        DayConversion conversion = new DayConversion(rates, target, day);
        return conversion.rate(target).isPresent() ? Optional.of(conversion) : Optional.empty();
    }

    public Currency target() {
        return target;
    }

    public LocalDate day() {
        return day;
    }

    /** The amount in the target currency, or nothing when its currency has no rate in force on the day. */
    public Optional<BigDecimal> convert(Currency currency, BigDecimal amount) {
        if (currency.equals(target)) {
            return Optional.of(amount);
        }
        return rate(currency).map(rate -> amount.multiply(rate)
                .divide(rate(target).orElseThrow(), MathContext.DECIMAL128)
                .setScale(2, RoundingMode.HALF_EVEN));
    }

    /** The stored rates the conversions so far used, by currency; the target's when it is not the reporting currency. */
    public List<ExchangeRate> ratesUsed() {
        return used.values().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(rate -> rate.currency().getCurrencyCode()))
                .toList();
    }

    /** One unit of the currency in the reporting currency; the reporting currency needs no stored rate. */
    private Optional<BigDecimal> rate(Currency currency) {
        if (currency.equals(rates.reportingCurrency())) {
            return Optional.of(BigDecimal.ONE);
        }
        return used.computeIfAbsent(currency, unused -> rates.rateOn(currency, day)).map(ExchangeRate::rate);
    }
}
