package io.pylon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyFormTest {

    @Test
    void readsAnAmountToTheCentInACurrency() {
        FieldChecks checks = new FieldChecks();
        Money money = MoneyForm.positive(checks, "budget", new MoneyForm("2500000000.5", "USD"));
        checks.orThrow();
        assertThat(money).isEqualTo(Money.of(new BigDecimal("2500000000.50"), Currency.getInstance("USD")));
    }

    @Test
    void namesTheAmountAndTheCurrencyUnderTheField() {
        FieldChecks checks = new FieldChecks();
        assertThat(MoneyForm.positive(checks, "budget", new MoneyForm("12.345", "XYZ"))).isNull();
        assertThat(MoneyForm.positive(checks, "price", new MoneyForm("a lot", null))).isNull();
        assertThat(MoneyForm.positive(checks, "fee", new MoneyForm("-1", "EUR"))).isNull();

        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, checks::orThrow);
        assertThat(refused.errors()).extracting(error -> error.field() + " " + error.code())
                .containsExactlyInAnyOrder("budget.currency unknown_currency", "budget.amount out_of_range",
                        "price.currency required", "price.amount wrong_type", "fee.amount out_of_range");
    }
}
