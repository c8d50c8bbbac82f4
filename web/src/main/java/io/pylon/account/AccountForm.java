package io.pylon.account;

import io.pylon.api.FieldChecks;
import io.pylon.shared.CountryCode;
import java.util.Set;

/** An account as a client sends it to create or revise one; {@code version} only when revising. */
public record AccountForm(String name, String nativeName, String country, AgencyType agencyType,
                          Set<Sector> sectors, Long parentAccountId, Classification classification, Long version) {

    /** Checks every field, naming each offending one; {@code revising} also needs the version read. */
    AccountDraft draft(boolean revising) {
        FieldChecks checks = new FieldChecks()
                .text("name", name, true, AccountProfile.MAX_NAME_LENGTH)
                .text("nativeName", nativeName, false, AccountProfile.MAX_NAME_LENGTH)
                .required("country", country)
                .valid("country", country, CountryCode::isValid, "must be an ISO 3166 alpha-3 country code such as KEN")
                .required("agencyType", agencyType)
                .noNulls("sectors", sectors)
                .valid("parentAccountId", parentAccountId, id -> id > 0, "must be a positive id");
        if (revising) {
            checks.required("version", version).valid("version", version, v -> v >= 0, "must not be negative");
        }
        checks.orThrow();
        return new AccountDraft(name, nativeName, country, agencyType, sectors, parentAccountId, classification);
    }
}
