package io.pylon.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts amounts into one currency at the rates in force on one day, and names the rates a conversion of amounts
 * in given currencies rests on, so that a report can say which rate each converted figure used. Rates are quoted into the reporting currency, so an
 * amount goes into another target currency through it: amount * rate(currency) / rate(target), rounded half-even
 * to the cent once, at the end.
 */
public final class DayConversion {

    private final RateTable rates;
    private final Currency target;
    private final LocalDate day;
    private final Map<Currency, Optional<ExchangeRate>> inForce = new ConcurrentHashMap<>();

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

    /**
     * The stored rates that converting amounts in {@code currencies} uses, by currency: each one's with a rate in force,
     * and the target's unless it is the reporting currency or the amounts are all in it already.
     */
    public List<ExchangeRate> ratesOf(Collection<Currency> currencies) {
        Set<Currency> rated = new HashSet<>(currencies);
        rated.remove(target);
        if (!rated.isEmpty()) {
            rated.add(target);
        }
        rated.remove(rates.reportingCurrency());
        return rated.stream().map(currency -> rates.rateOn(currency, day)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(rate -> rate.currency().getCurrencyCode()))
                .toList();
    }

    /** One unit of the currency in the reporting currency; the reporting currency needs no stored rate. */
    private Optional<BigDecimal> rate(Currency currency) {
        if (currency.equals(rates.reportingCurrency())) {
            return Optional.of(BigDecimal.ONE);
        }
        return inForce.computeIfAbsent(currency, unused -> rates.rateOn(currency, day)).map(ExchangeRate::rate);
    }
}
