package io.pylon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyFormTest {

    @Test
    void readsAnAmountToTheCentInACurrency() {
        FieldChecks checks = new FieldChecks();
        Money money = new MoneyForm("2500000000.5", "USD").checked(checks, "budget");
        checks.orThrow();
        assertThat(money).isEqualTo(Money.of(new BigDecimal("2500000000.50"), Currency.getInstance("USD")));
    }

    @Test
    void namesTheAmountAndTheCurrencyUnderTheField() {
        FieldChecks checks = new FieldChecks();
        assertThat(new MoneyForm("12.345", "XYZ").checked(checks, "budget")).isNull();
        assertThat(new MoneyForm("a lot", null).checked(checks, "price")).isNull();

        assertThatThrownBy(checks::orThrow).isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).errors().stream().map(error -> error.field() + " " + error.code()).toList())
                .isEqualTo(List.of("budget.amount out_of_range", "budget.currency not_allowed", "price.currency required",
                        "price.amount wrong_type"));
    }
}
