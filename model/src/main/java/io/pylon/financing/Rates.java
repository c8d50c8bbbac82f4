package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;

/** Checks of the rates and amounts a plan is made of, naming the field that breaks them. */
final class Rates {

    private Rates() {
    }

    static BigDecimal within(String field, BigDecimal value, BigDecimal lowest, BigDecimal highest) {
        requirePresent(field, value);
        if (value.compareTo(lowest) < 0 || value.compareTo(highest) > 0) {
            throw new DomainRuleViolation(field, Reason.OUT_OF_RANGE, "must be between " + lowest.toPlainString()
                    + " and " + highest.toPlainString() + " (a decimal fraction: 0.05 is 5%)");
        }
        return value;
    }

    /** A fee or premium rate: from 0 to 100%, zero when absent. */
    static BigDecimal fee(String field, BigDecimal value) {
        return value == null ? BigDecimal.ZERO : within(field, value, BigDecimal.ZERO, BigDecimal.ONE);
    }

    static BigDecimal positive(String field, BigDecimal amount) {
        requirePresent(field, amount);
        if (amount.signum() <= 0) {
            throw new DomainRuleViolation(field, Reason.OUT_OF_RANGE, "must be more than zero");
        }
        return amount;
    }
}
