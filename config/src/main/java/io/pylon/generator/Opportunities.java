package io.pylon.generator;

import java.sql.SQLException;
import java.util.List;

/** The opportunities as planned. */
final class Opportunities {

    private Opportunities() {
    }

    static void write(Database database, List<OpportunityPlan> opportunities) throws SQLException {
        try (Inserts inserts = database.inserts()) {
            Inserts.Table rows = inserts.into("opportunity", opportunities.size(), "id", "version", "account_id",
                    "title", "sector", "country", "value_amount", "value_currency", "win_probability", "stage",
                    "expected_award_on");
            for (OpportunityPlan opportunity : opportunities) {
                rows.row(opportunity.id(), 0L, opportunity.account().id(), opportunity.title(),
                        opportunity.sector().name(), opportunity.account().country().code(), opportunity.value(),
                        opportunity.currency().getCurrencyCode(), opportunity.winProbability(),
                        opportunity.stage().name(), opportunity.expectedAwardOn());
            }
        }
    }
}
