package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An amount of a tranche paid out on a day. */
public record Drawdown(LocalDate date, BigDecimal amount) {

    public Drawdown {
        requirePresent("date", date);
        Rates.positive("amount", amount);
    }
}
