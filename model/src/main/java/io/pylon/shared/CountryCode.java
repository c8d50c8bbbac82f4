package io.pylon.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** An ISO 3166-1 alpha-3 country code, such as {@code KEN} or {@code CHN}. */
public record CountryCode(String value) {

    private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    public CountryCode {
        Objects.requireNonNull(value, "country code");
        if (!isValid(value)) {
            throw new DomainRuleViolation("country", Reason.INVALID_COUNTRY, "is not an ISO 3166 alpha-3 country code: " + value);
        }
    }

    public static boolean isValid(String code) {
        return code != null && ISO_ALPHA3.contains(code);
    }

    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    @Override
    public String toString() {
        return value;
    }
}
