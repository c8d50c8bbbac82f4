package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Cash flow available for debt service that a revenue-earning project earns on a day (tolls, fares, tariffs). */
public record CashAvailable(LocalDate date, BigDecimal amount) {

    public CashAvailable {
        requirePresent("date", date);
        requirePresent("amount", amount);
        if (amount.signum() < 0) {
            throw new DomainRuleViolation("amount", Reason.OUT_OF_RANGE, "must not be negative");
        }
    }
}
