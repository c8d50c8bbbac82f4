package io.pylon.currency;

import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rates into one reporting currency, to convert with: an amount converts at the newest rate of its currency
 * valid on or before the day asked for, rounded half-even to the cent once, after multiplying. Rates quoted in
 * another currency (entered while another reporting currency was in force) do not apply.
 */
public final class RateTable {

    private final Currency reportingCurrency;
    /** Per currency, newest first. */
    private final Map<Currency, List<ExchangeRate>> ratesByCurrency;

    private RateTable(Currency reportingCurrency, Map<Currency, List<ExchangeRate>> ratesByCurrency) {
        this.reportingCurrency = reportingCurrency;
        this.ratesByCurrency = ratesByCurrency;
    }

    public static RateTable of(Currency reportingCurrency, Collection<ExchangeRate> rates) {
        return new RateTable(reportingCurrency, rates.stream()
                .filter(rate -> rate.quoteCurrency().equals(reportingCurrency))
                .sorted(Comparator.comparing(ExchangeRate::validFrom).reversed())
                .collect(Collectors.groupingBy(ExchangeRate::currency, Collectors.toList())));
    }

    public Currency reportingCurrency() {
        return reportingCurrency;
    }

    /** The rate in force for currency on the day, if there is one. */
    public Optional<ExchangeRate> rateOn(Currency currency, LocalDate day) {
        return ratesByCurrency.getOrDefault(currency, List.of()).stream()
                .filter(rate -> !rate.validFrom().isAfter(day))
                .findFirst();
    }

    /** The amount in the reporting currency on the day, or nothing when its currency has no rate in force then. */
    public Optional<Conversion> convert(Money amount, LocalDate day) {
        if (amount.currency().equals(reportingCurrency)) {
            return Optional.of(new Conversion(amount, amount, BigDecimal.ONE, null));
        }
        return rateOn(amount.currency(), day).map(rate -> new Conversion(amount,
                Money.of(amount.amount().multiply(rate.rate()).setScale(Money.SCALE, RoundingMode.HALF_EVEN),
                        reportingCurrency),
                rate.rate().stripTrailingZeros(), rate.validFrom()));
    }
}
