package io.pylon.currency;

import io.pylon.api.MoneyView;
import java.time.LocalDate;

/**
 * A conversion: the amount given, the amount in the reporting currency, the rate used and the day that rate took
 * effect (null for an amount already in the reporting currency, converted at 1).
 */
public record ConversionView(MoneyView from, MoneyView to, String rate, LocalDate rateValidFrom) {

    static ConversionView of(Conversion conversion) {
        return new ConversionView(MoneyView.of(conversion.from()), MoneyView.of(conversion.to()),
                conversion.rate().toPlainString(), conversion.rateValidFrom());
    }
}
