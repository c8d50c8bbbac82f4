package io.pylon.api;

import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Money as a client sends it: {@code {"amount": "130000000.00", "currency": "USD"}}, the amount a decimal string. */
public record MoneyForm(String amount, String currency) {

    /**
     * The positive amount of money named {@code field}, its parts checked as {@code field.amount} and
     * {@code field.currency}; null when anything is wrong, which {@code checks} then reports.
     */
    public static Money positive(FieldChecks checks, String field, MoneyForm money) {
        checks.required(field, money);
        return money == null ? null : money.positive(checks, field + ".amount", field + ".currency");
    }

    /** The amount of money named {@code field}, zero or more, checked as {@link #positive} checks. */
    public static Money notNegative(FieldChecks checks, String field, MoneyForm money) {
        checks.required(field, money);
        return money == null ? null : money.checked(checks, field + ".amount", field + ".currency", 0);
    }

    /** This amount of money if it is positive and exact to the cent; null when not, which {@code checks} reports. */
    public Money positive(FieldChecks checks, String amountField, String currencyField) {
        return checked(checks, amountField, currencyField, 1);
    }

    /** The money if its amount's sign is at least {@code lowestSignum} (0: zero allowed, 1: more than zero). */
    private Money checked(FieldChecks checks, String amountField, String currencyField, int lowestSignum) {
        checks.required(amountField, amount).required(currencyField, currency);
        BigDecimal value = checks.decimal(amountField, amount);
        Currency code = checks.currency(currencyField, currency);
        checks.valid(amountField, value, a -> a.signum() >= lowestSignum, Reason.OUT_OF_RANGE,
                        lowestSignum > 0 ? "must be more than zero" : "must not be negative")
                .valid(amountField, value, MoneyForm::fitsMoney, Reason.OUT_OF_RANGE, "must have at most "
                        + Money.SCALE + " decimals and " + (Money.PRECISION - Money.SCALE) + " digits before the point");
        boolean valid = value != null && code != null && value.signum() >= lowestSignum && fitsMoney(value);
        return valid ? Money.of(value, code) : null;
    }

    private static boolean fitsMoney(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= Money.SCALE
                && amount.setScale(Money.SCALE, RoundingMode.DOWN).precision() <= Money.PRECISION;
    }
}
