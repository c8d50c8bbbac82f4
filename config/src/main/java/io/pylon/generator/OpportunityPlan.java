package io.pylon.generator;

import io.pylon.account.Sector;
import io.pylon.opportunity.OpportunityStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A generated opportunity as planned. One that became a project ({@code project}, won when its financing closed at G3)
 * carries the project's sector, currency and price; the others are open, lost, or won and not started yet.
 */
record OpportunityPlan(int index, long id, Agency account, String title, Sector sector, Currency currency,
                       BigDecimal value, OpportunityStage stage, int winProbability, LocalDate expectedAwardOn,
                       ProjectPlan project) {

    boolean isOpen() {
        return stage != OpportunityStage.WON && stage != OpportunityStage.LOST;
    }
}
