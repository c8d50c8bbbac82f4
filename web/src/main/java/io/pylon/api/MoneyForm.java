package io.pylon.api;

import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.util.Currency;

/** Money as a client writes it, as {@link MoneyView} reads: {@code {"amount": "2500000000.00", "currency": "USD"}}. */
public record MoneyForm(String amount, String currency) {

    private static final int MAX_DIGITS = 17;

    /**
     * The money, or null with errors named {@code field.amount} and {@code field.currency}: the
     * amount a decimal of at most 17 digits before the point and 2 after, the currency an ISO 4217 code.
     */
    public Money checked(FieldChecks checks, String field) {
        checks.required(field + ".amount", amount).required(field + ".currency", currency);
        BigDecimal value = null;
        if (amount != null) {
            try {
                value = new BigDecimal(amount.strip());
            } catch (NumberFormatException notANumber) {
                checks.valid(field + ".amount", amount, text -> false, Reason.WRONG_TYPE, "must be a decimal number such as 1250000.00");
            }
        }
        checks.valid(field + ".amount", value, number -> number.scale() <= Money.SCALE
                && number.precision() - number.scale() <= MAX_DIGITS, Reason.OUT_OF_RANGE,
                "must have at most " + MAX_DIGITS + " digits before the point and " + Money.SCALE + " after");
        Currency code = null;
        if (currency != null) {
            try {
                code = Currency.getInstance(currency);
            } catch (IllegalArgumentException unknown) {
                checks.valid(field + ".currency", currency, text -> false, Reason.NOT_ALLOWED, "must be an ISO 4217 currency code such as USD");
            }
        }
        return value == null || code == null || value.scale() > Money.SCALE || value.precision() - value.scale() > MAX_DIGITS
                ? null : Money.of(value, code);
    }
}
