package io.pylon.account;

import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an account manager says about an agency: its names, country, type, sectors, parent
 * agency and key-account classification. Checked here so that an account can never hold an
 * invalid profile, whichever way it was created.
 */
public record AccountProfile(String name, String nativeName, CountryCode country, AgencyType agencyType,
                             Set<Sector> sectors, Account parent, Classification classification) {

    public static final int MAX_NAME_LENGTH = 200;

    public AccountProfile {
        name = requireName("name", name, true);
        nativeName = requireName("nativeName", nativeName, false);
        if (country == null) {
            throw new DomainRuleViolation("country", Reason.REQUIRED, "is required");
        }
        if (agencyType == null) {
            throw new DomainRuleViolation("agencyType", Reason.REQUIRED, "is required");
        }
        sectors = sectors == null || sectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sectors));
    }

    private static String requireName(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new DomainRuleViolation(field, Reason.BLANK, "must not be blank");
            }
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new DomainRuleViolation(field, Reason.TOO_LONG, "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }
}
