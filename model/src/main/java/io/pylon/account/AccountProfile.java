package io.pylon.account;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.CountryCode;
import io.pylon.shared.Texts;
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
        name = Texts.tidy("name", name, true, MAX_NAME_LENGTH);
        nativeName = Texts.tidy("nativeName", nativeName, false, MAX_NAME_LENGTH);
        requirePresent("country", country);
        requirePresent("agencyType", agencyType);
        sectors = sectors == null || sectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sectors));
    }
}
