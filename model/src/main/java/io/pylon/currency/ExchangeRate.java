package io.pylon.currency;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * What one unit of {@code currency} is worth in {@code quoteCurrency} (the reporting currency when the rate was
 * entered), from {@code validFrom} until the next rate of the pair takes over.
 */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {

    /** Digits after the point a rate keeps: enough for a dong or a rupiah in dollars. */
    public static final int SCALE = 12;
    private static final int PRECISION = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_rate_seq")
    @SequenceGenerator(name = "exchange_rate_seq", sequenceName = "exchange_rate_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(name = "quote_currency", nullable = false, length = 3)
    private Currency quoteCurrency;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(nullable = false, precision = PRECISION, scale = SCALE)
    private BigDecimal rate;

    protected ExchangeRate() {
    }

    public ExchangeRate(Currency currency, Currency quoteCurrency, LocalDate validFrom, BigDecimal rate) {
        this.currency = Objects.requireNonNull(currency);
        this.quoteCurrency = Objects.requireNonNull(quoteCurrency);
        this.validFrom = Objects.requireNonNull(validFrom);
        if (currency.equals(quoteCurrency)) {
            throw new DomainRuleViolation("currency", Reason.NOT_ALLOWED,
                    "is the reporting currency itself, which needs no rate");
        }
        correct(rate);
    }

    /** Replaces the rate of this day, for example when the first one was mistyped. */
    public void correct(BigDecimal newRate) {
        this.rate = valid(newRate);
    }

    private static BigDecimal valid(BigDecimal rate) {
        requirePresent("rate", rate);
        if (rate.signum() <= 0) {
            throw new DomainRuleViolation("rate", Reason.OUT_OF_RANGE, "must be more than zero");
        }
        if (rate.stripTrailingZeros().scale() > SCALE || rate.precision() - rate.scale() > PRECISION - SCALE) {
            throw new DomainRuleViolation("rate", Reason.OUT_OF_RANGE, "must have at most " + (PRECISION - SCALE)
                    + " digits before the point and " + SCALE + " after it");
        }
        return rate.setScale(SCALE);
    }

    public Long id() {
        return id;
    }

    public Currency currency() {
        return currency;
    }

    public Currency quoteCurrency() {
        return quoteCurrency;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public BigDecimal rate() {
        return rate;
    }
}
