package io.pylon.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateTableTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency KES = Currency.getInstance("KES");

    private final RateTable table = RateTable.of(USD, List.of(
            new ExchangeRate(EUR, USD, LocalDate.of(2026, 1, 1), new BigDecimal("1.10")),
            new ExchangeRate(EUR, USD, LocalDate.of(2026, 6, 1), new BigDecimal("1.20")),
            new ExchangeRate(KES, EUR, LocalDate.of(2026, 1, 1), new BigDecimal("0.007"))));

    private static Money money(String amount, Currency currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    @Test
    void usesTheNewestRateValidOnOrBeforeTheDay() {
        Conversion before = table.convert(money("100.00", EUR), LocalDate.of(2026, 5, 31)).orElseThrow();
        assertThat(before.to()).isEqualTo(money("110.00", USD));
        assertThat(before.rateValidFrom()).isEqualTo(LocalDate.of(2026, 1, 1));

        Conversion onTheDay = table.convert(money("100.00", EUR), LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(onTheDay.to()).isEqualTo(money("120.00", USD));
        assertThat(onTheDay.rate()).isEqualByComparingTo("1.2");
        assertThat(onTheDay.rateValidFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void convertsNothingBeforeTheFirstRateOrWithoutOneInTheReportingCurrency() {
        assertThat(table.convert(money("100.00", EUR), LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(table.convert(money("100.00", KES), LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void theReportingCurrencyConvertsAtOne() {
        Conversion same = table.convert(money("12.34", USD), LocalDate.of(2020, 1, 1)).orElseThrow();
        assertThat(same.to()).isEqualTo(money("12.34", USD));
        assertThat(same.rateValidFrom()).isNull();
    }

    @Test
    void roundsHalfEvenToTheCentOnceAfterMultiplying() {
        RateTable yen = RateTable.of(USD, List.of(new ExchangeRate(Currency.getInstance("JPY"), USD,
                LocalDate.of(2026, 1, 1), new BigDecimal("0.006725"))));
        // 1,000 x 0.006725 = 6.725, half-even to 6.72.
        assertThat(yen.convert(money("1000", Currency.getInstance("JPY")), LocalDate.of(2026, 2, 1)).orElseThrow().to())
                .isEqualTo(money("6.72", USD));
    }

    @Test
    void refusesRatesThatAreNotPositiveOrOfTheReportingCurrencyItself() {
        assertThatThrownBy(() -> new ExchangeRate(EUR, USD, LocalDate.of(2026, 1, 1), BigDecimal.ZERO))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> new ExchangeRate(EUR, USD, LocalDate.of(2026, 1, 1), new BigDecimal("0.0000000000001")))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new ExchangeRate(USD, USD, LocalDate.of(2026, 1, 1), BigDecimal.ONE))
                .isInstanceOf(DomainRuleViolation.class).extracting(e -> ((DomainRuleViolation) e).field())
                .isEqualTo("currency");
    }
}
