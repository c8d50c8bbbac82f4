package io.pylon.generator;

import io.pylon.country.Region;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A country the generated agencies are in: its World Bank region (for a country the migrations did not seed), an OECD
 * country risk category to enter where none is (illustrative, near the OECD's published ones, not a copy of them), and
 * how many of the agencies it gets, relatively.
 */
record Country(String code, String name, Region region, int riskCategory, double weight) {

    /** Initialised before {@link #ALL}, which names its countries from it. */
    private static final Map<String, String> ENGLISH_NAMES = Arrays.stream(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2))
            .collect(Collectors.toMap(Locale::getISO3Country, locale -> locale.getDisplayCountry(Locale.ENGLISH)));

    static final List<Country> ALL = List.of(
            country("KEN", Region.AFRICA, 6, 3), country("TZA", Region.AFRICA, 6, 2),
            country("ETH", Region.AFRICA, 7, 2), country("UGA", Region.AFRICA, 6, 1.5),
            country("RWA", Region.AFRICA, 6, 1), country("NGA", Region.AFRICA, 6, 3),
            country("GHA", Region.AFRICA, 7, 2), country("SEN", Region.AFRICA, 5, 1.5),
            country("CIV", Region.AFRICA, 5, 1.5), country("CMR", Region.AFRICA, 6, 1),
            country("ZMB", Region.AFRICA, 7, 1), country("MOZ", Region.AFRICA, 7, 1),
            country("AGO", Region.AFRICA, 6, 1.5), country("ZAF", Region.AFRICA, 4, 2),
            country("NAM", Region.AFRICA, 5, 0.5), country("MWI", Region.AFRICA, 7, 0.5),
            country("EGY", Region.MIDDLE_EAST_NORTH_AFRICA, 6, 3), country("MAR", Region.MIDDLE_EAST_NORTH_AFRICA, 3, 2),
            country("DZA", Region.MIDDLE_EAST_NORTH_AFRICA, 5, 1.5), country("TUN", Region.MIDDLE_EAST_NORTH_AFRICA, 6, 1),
            country("JOR", Region.MIDDLE_EAST_NORTH_AFRICA, 5, 1), country("SAU", Region.MIDDLE_EAST_NORTH_AFRICA, 2, 1.5),
            country("IDN", Region.EAST_ASIA_PACIFIC, 3, 3), country("VNM", Region.EAST_ASIA_PACIFIC, 4, 3),
            country("PHL", Region.EAST_ASIA_PACIFIC, 3, 2), country("THA", Region.EAST_ASIA_PACIFIC, 2, 1.5),
            country("MYS", Region.EAST_ASIA_PACIFIC, 2, 1.5), country("KHM", Region.EAST_ASIA_PACIFIC, 6, 1),
            country("LAO", Region.EAST_ASIA_PACIFIC, 7, 1), country("MNG", Region.EAST_ASIA_PACIFIC, 6, 0.5),
            country("PNG", Region.EAST_ASIA_PACIFIC, 6, 0.5), country("BGD", Region.SOUTH_ASIA, 5, 2.5),
            country("PAK", Region.SOUTH_ASIA, 7, 2), country("LKA", Region.SOUTH_ASIA, 7, 1),
            country("NPL", Region.SOUTH_ASIA, 6, 1), country("IND", Region.SOUTH_ASIA, 3, 3),
            country("UZB", Region.EUROPE_CENTRAL_ASIA, 5, 2), country("KAZ", Region.EUROPE_CENTRAL_ASIA, 4, 1.5),
            country("KGZ", Region.EUROPE_CENTRAL_ASIA, 7, 0.5), country("SRB", Region.EUROPE_CENTRAL_ASIA, 5, 1.5),
            country("TUR", Region.EUROPE_CENTRAL_ASIA, 5, 2), country("GEO", Region.EUROPE_CENTRAL_ASIA, 5, 1),
            country("ROU", Region.EUROPE_CENTRAL_ASIA, 3, 1), country("BRA", Region.LATIN_AMERICA_CARIBBEAN, 4, 2),
            country("PER", Region.LATIN_AMERICA_CARIBBEAN, 3, 1.5), country("COL", Region.LATIN_AMERICA_CARIBBEAN, 4, 1.5),
            country("ECU", Region.LATIN_AMERICA_CARIBBEAN, 7, 1), country("MEX", Region.LATIN_AMERICA_CARIBBEAN, 3, 2),
            country("ARG", Region.LATIN_AMERICA_CARIBBEAN, 7, 1), country("BOL", Region.LATIN_AMERICA_CARIBBEAN, 7, 0.5),
            country("PAN", Region.LATIN_AMERICA_CARIBBEAN, 3, 0.5));

    /** Running totals of the weights, for {@link Dice.Roll#weighted}. */
    static final double[] CUMULATIVE_WEIGHTS = Dice.cumulative(ALL.stream().mapToDouble(Country::weight).toArray());

    private static Country country(String code, Region region, int riskCategory, double weight) {
        return new Country(code, ENGLISH_NAMES.get(code), region, riskCategory, weight);
    }
}
