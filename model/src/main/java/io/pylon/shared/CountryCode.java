package io.pylon.shared;

import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-3 country code, such as {@code KEN} or {@code CHN}, or {@code XKX} for Kosovo, which
 * ISO 3166 does not list but the World Bank, the IMF and the European Union code so.
 */
public record CountryCode(String value) {

    private static final String KOSOVO = "XKX";
    private static final String KOSOVO_ALPHA2 = "XK";
    private static final Set<String> KNOWN_ALPHA3 = union(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3), KOSOVO);

    public CountryCode {
        Objects.requireNonNull(value, "country code");
        if (!isValid(value)) {
            throw new DomainRuleViolation("country", Reason.INVALID_COUNTRY, "is not an ISO 3166 alpha-3 country code: " + value);
        }
    }

    public static boolean isValid(String code) {
        return code != null && KNOWN_ALPHA3.contains(code);
    }

    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    /**
     * The country of an ISO 3166-1 alpha-2 code ({@code ET} is {@code ETH}). Codes that start with a
     * digit ({@code 3A}, {@code 1W}) are the World Bank's regions and groups of countries, not
     * countries, and are refused with {@link Reason#NOT_A_COUNTRY}.
     */
    public static CountryCode fromAlpha2(String field, String alpha2) {
        if (alpha2 != null && alpha2.length() == 2 && Character.isDigit(alpha2.charAt(0))) {
            throw new DomainRuleViolation(field, Reason.NOT_A_COUNTRY, "is a region or group of countries, not a country: " + alpha2);
        }
        if (KOSOVO_ALPHA2.equals(alpha2)) {
            return new CountryCode(KOSOVO);
        }
        String alpha3 = null;
        if (alpha2 != null && alpha2.matches("[A-Z]{2}")) {
            try {
                alpha3 = new Locale("", alpha2).getISO3Country();
            } catch (MissingResourceException unknown) {
                alpha3 = null;
            }
        }
        if (!isValid(alpha3)) {
            throw new DomainRuleViolation(field, Reason.INVALID_COUNTRY, "is not an ISO 3166 alpha-2 country code: " + alpha2);
        }
        return new CountryCode(alpha3);
    }

    private static Set<String> union(Set<String> codes, String extra) {
        Set<String> all = new HashSet<>(codes);
        all.add(extra);
        return Set.copyOf(all);
    }

    @Override
    public String toString() {
        return value;
    }
}
