package io.pylon.generator;

import io.pylon.portfolio.TierCutPoints;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tier analysis' settings: the generated rates are quoted in dollars, so dollars must be the reporting currency
 * (the migration's default); the cut points are read to place the generated accounts in their tiers.
 */
final class ReportingCurrency {

    private ReportingCurrency() {
    }

    /** Makes dollars the reporting currency if another one is set, and answers the cut points in force. */
    static TierCutPoints requireDollars(Database database) throws SQLException {
        try (Statement statement = database.connection().createStatement()) {
            String currency;
            TierCutPoints cutPoints;
            try (ResultSet settings = statement.executeQuery(
                    "select reporting_currency, a_percent, b_percent from tier_settings where id = 1")) {
                if (!settings.next()) {
                    throw new Refusal("tier_settings has no row: the database was not migrated by Pylon");
                }
                currency = settings.getString(1);
                cutPoints = new TierCutPoints(settings.getInt(2), settings.getInt(3));
            }
            if (!Currencies.REPORTING.getCurrencyCode().equals(currency)) {
                statement.executeUpdate("update tier_settings set reporting_currency = '"
                        + Currencies.REPORTING.getCurrencyCode() + "', version = version + 1 where id = 1");
                database.connection().commit();
                database.progress().note("  tier_settings: the reporting currency was " + currency + ", now "
                        + Currencies.REPORTING + " (the generated rates are quoted in it)");
            }
            return cutPoints;
        }
    }
}
