package io.pylon.country;

import java.time.Instant;

/** A country's region and OECD risk category ({@code riskCategory} absent while unrated), as the API shows it. */
public record CountryProfileView(String country, long version, Region region, Integer riskCategory, String changedBy,
                                 Instant changedAt) {

    static CountryProfileView of(CountryProfile profile) {
        return new CountryProfileView(profile.country().value(), profile.version(), profile.region(),
                profile.riskCategory().map(RiskCategory::value).orElse(null), profile.changedBy(), profile.changedAt());
    }
}
