package io.pylon.api;

import io.pylon.shared.Money;

/** Money as the API writes it: {@code {"amount": "130000000.00", "currency": "USD"}}, the amount a decimal string. */
public record MoneyView(String amount, String currency) {

    public static MoneyView of(Money money) {
        return money == null ? null : new MoneyView(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
