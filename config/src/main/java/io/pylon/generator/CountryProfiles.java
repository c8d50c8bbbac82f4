package io.pylon.generator;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The region and risk category of every country the generated agencies are in: a country the migrations did not seed
 * is added with its region; a country still unrated gets a risk category; what an administrator set stays.
 */
final class CountryProfiles {

    /** Who the profile says changed it, as for the regions the migration seeded. */
    private static final String SYSTEM = "system";

    private CountryProfiles() {
    }

    static void write(Database database, Collection<Country> used, Today today) throws SQLException {
        Map<String, Boolean> rated = new HashMap<>();
        try (Statement statement = database.connection().createStatement();
             ResultSet rows = statement.executeQuery("select country, risk_category from country_profile")) {
            while (rows.next()) {
                rated.put(rows.getString(1), rows.getObject(2) != null);
            }
        }
        long missing = used.stream().filter(country -> !rated.containsKey(country.code())).count();
        long unrated = used.stream().filter(country -> Boolean.FALSE.equals(rated.get(country.code()))).count();
        try (Inserts inserts = database.inserts();
             PreparedStatement rate = database.connection().prepareStatement("update country_profile"
                     + " set risk_category = ?, version = version + 1, changed_by = ?, changed_at = ?"
                     + " where country = ? and risk_category is null")) {
            Inserts.Table profiles = inserts.into("country_profile", missing,
                    "country", "version", "region", "risk_category", "changed_by", "changed_at");
            for (Country country : used) {
                if (!rated.containsKey(country.code())) {
                    profiles.row(country.code(), 0L, country.region().name(), country.riskCategory(), SYSTEM,
                            today.nowAtUtc());
                } else if (!rated.get(country.code())) {
                    rate.setInt(1, country.riskCategory());
                    rate.setString(2, SYSTEM);
                    rate.setObject(3, today.nowAtUtc());
                    rate.setString(4, country.code());
                    rate.executeUpdate();
                }
            }
        }
        database.progress().note(String.format("  country_profile: %d added, %d given a risk category",
                missing, unrated));
    }
}
