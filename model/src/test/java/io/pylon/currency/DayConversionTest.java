package io.pylon.currency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversions into the reporting currency and into another one through it, with the rates they used. */
class DayConversionTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency KES = Currency.getInstance("KES");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    private final RateTable rates = RateTable.of(USD, List.of(
            new ExchangeRate(EUR, USD, LocalDate.of(2026, 1, 1), new BigDecimal("1.10")),
            new ExchangeRate(EUR, USD, LocalDate.of(2026, 7, 1), new BigDecimal("1.20")),
            new ExchangeRate(KES, USD, LocalDate.of(2026, 1, 1), new BigDecimal("0.0077"))));

    @Test
    void intoTheReportingCurrencyAtTheRateInForceThatDay() {
        DayConversion usd = DayConversion.into(USD, rates, DAY).orElseThrow();
        assertThat(usd.convert(EUR, new BigDecimal("1000.00"))).contains(new BigDecimal("1100.00"));
        assertThat(usd.convert(USD, new BigDecimal("5.00"))).contains(new BigDecimal("5.00"));
        assertThat(usd.convert(CNY, BigDecimal.ONE)).as("no CNY rate").isEmpty();
        assertThat(usd.ratesOf(List.of(EUR, USD, CNY))).extracting(rate -> rate.currency().getCurrencyCode() + " "
                + rate.validFrom()).as("the reporting currency and CNY have none").containsExactly("EUR 2026-01-01");
        assertThat(usd.ratesOf(List.of(USD))).isEmpty();
    }

    @Test
    void intoAnotherCurrencyThroughTheReportingOne() {
        DayConversion eur = DayConversion.into(EUR, rates, DAY).orElseThrow();
        // 1,000,000 KES = 7,700 USD = 7,000 EUR at 1.10 USD a euro.
        assertThat(eur.convert(KES, new BigDecimal("1000000.00"))).contains(new BigDecimal("7000.00"));
        assertThat(eur.convert(USD, new BigDecimal("110.00"))).contains(new BigDecimal("100.00"));
        assertThat(eur.ratesOf(List.of(KES, USD))).extracting(rate -> rate.currency().getCurrencyCode())
                .containsExactly("EUR", "KES");
        assertThat(eur.ratesOf(List.of(EUR))).as("nothing to convert").isEmpty();
    }

    @Test
    void aTargetWithoutARateThatDayCannotBeReportedIn() {
        assertThat(DayConversion.into(CNY, rates, DAY)).isEmpty();
        assertThat(DayConversion.into(KES, rates, LocalDate.of(2025, 12, 31))).isEmpty();
    }
}
