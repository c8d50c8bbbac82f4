package io.pylon.currency;

import java.time.LocalDate;

/** A rate as the API shows it: one {@code currency} is worth {@code rate} {@code quoteCurrency}, from {@code validFrom}. */
public record ExchangeRateView(String currency, String quoteCurrency, LocalDate validFrom, String rate) {

    public static ExchangeRateView of(ExchangeRate rate) {
        return new ExchangeRateView(rate.currency().getCurrencyCode(), rate.quoteCurrency().getCurrencyCode(),
                rate.validFrom(), rate.rate().stripTrailingZeros().toPlainString());
    }
}
