package io.pylon.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, to the cent: a {@link BigDecimal} with scale 2, never a
 * double. Stored as {@code numeric(19,2)} and the ISO 4217 code; the owning entity names the
 * columns.
 */
@Embeddable
public class Money {

    public static final int SCALE = 2;
    public static final int PRECISION = 19;

    @Column(precision = 19, scale = SCALE)
    private BigDecimal amount;

    @Column(length = 3)
    private Currency currency;

    protected Money() {
    }

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** The amount exactly; one with fractions of a cent is refused rather than rounded. */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        BigDecimal cents;
        try {
            cents = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException fractionsOfACent) {
            throw new DomainRuleViolation("amount", Reason.OUT_OF_RANGE, "has more than " + SCALE + " decimals: " + amount);
        }
        if (cents.precision() > PRECISION) {
            throw new DomainRuleViolation("amount", Reason.OUT_OF_RANGE, "has more than " + (PRECISION - SCALE) + " digits before the point");
        }
        return new Money(cents, currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.equals(money.amount) && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
