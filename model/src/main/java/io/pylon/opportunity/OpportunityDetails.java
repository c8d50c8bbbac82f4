package io.pylon.opportunity;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.account.Sector;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is known about an opportunity. {@code winProbabilityPercent} is a whole percentage, 0 to 100; the
 * estimated value is positive; the expected award date is optional.
 */
public record OpportunityDetails(String title, Sector sector, CountryCode country, Money estimatedValue,
                                 int winProbabilityPercent, OpportunityStage stage, LocalDate expectedAwardOn) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_PROBABILITY = 100;

    public OpportunityDetails {
        title = Texts.tidy("title", title, true, MAX_TITLE);
        requirePresent("sector", sector);
        requirePresent("country", country);
        requirePresent("estimatedValue", estimatedValue);
        requirePresent("stage", stage);
        if (estimatedValue.amount().compareTo(BigDecimal.ZERO) <= 0) {
            throw new DomainRuleViolation("estimatedValue.amount", Reason.OUT_OF_RANGE, "must be more than zero");
        }
        if (winProbabilityPercent < 0 || winProbabilityPercent > MAX_PROBABILITY) {
            throw new DomainRuleViolation("winProbabilityPercent", Reason.OUT_OF_RANGE,
                    "must be a whole percentage between 0 and " + MAX_PROBABILITY);
        }
    }
}
