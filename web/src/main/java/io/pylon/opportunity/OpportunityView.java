package io.pylon.opportunity;

import io.pylon.account.Sector;
import io.pylon.api.MoneyView;
import java.time.LocalDate;

/** An opportunity as the API shows it; {@code winProbabilityPercent} is a whole percentage, 0 to 100. */
public record OpportunityView(long id, long version, String title, Sector sector, String country,
                              MoneyView estimatedValue, int winProbabilityPercent, OpportunityStage stage,
                              LocalDate expectedAwardOn) {

    static OpportunityView of(Opportunity opportunity) {
        OpportunityDetails details = opportunity.details();
        return new OpportunityView(opportunity.id(), opportunity.version(), details.title(), details.sector(),
                details.country().value(), MoneyView.of(details.estimatedValue()), details.winProbabilityPercent(),
                details.stage(), details.expectedAwardOn());
    }
}
