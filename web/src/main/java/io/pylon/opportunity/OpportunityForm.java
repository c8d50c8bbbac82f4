package io.pylon.opportunity;

import io.pylon.account.Sector;
import io.pylon.api.FieldChecks;
import io.pylon.api.MoneyForm;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import java.time.LocalDate;

/**
 * An opportunity as a client sends it to add or update one: {@code winProbabilityPercent} a whole percentage 0 to
 * 100, {@code expectedAwardOn} as YYYY-MM-DD (optional), {@code version} only when updating.
 */
public record OpportunityForm(String title, String sector, String country, MoneyForm estimatedValue,
                              Integer winProbabilityPercent, String stage, String expectedAwardOn, Long version) {

    OpportunityDetails details(boolean updating) {
        FieldChecks checks = new FieldChecks()
                .text("title", title, true, OpportunityDetails.MAX_TITLE)
                .required("sector", sector)
                .required("country", country)
                .country("country", country)
                .required("winProbabilityPercent", winProbabilityPercent)
                .valid("winProbabilityPercent", winProbabilityPercent,
                        p -> p >= 0 && p <= OpportunityDetails.MAX_PROBABILITY, Reason.OUT_OF_RANGE,
                        "must be a whole percentage between 0 and " + OpportunityDetails.MAX_PROBABILITY)
                .required("stage", stage);
        Sector chosenSector = checks.oneOf("sector", sector, Sector.class);
        OpportunityStage chosenStage = checks.oneOf("stage", stage, OpportunityStage.class);
        Money value = MoneyForm.positive(checks, "estimatedValue", estimatedValue);
        LocalDate awardOn = checks.date("expectedAwardOn", expectedAwardOn);
        if (updating) {
            checks.required("version", version).valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE,
                    "must not be negative");
        }
        checks.orThrow();
        return new OpportunityDetails(title, chosenSector, CountryCode.of(country), value, winProbabilityPercent,
                chosenStage, awardOn);
    }
}
