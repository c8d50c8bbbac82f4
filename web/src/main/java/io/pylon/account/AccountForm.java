package io.pylon.account;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;
import java.util.List;
import java.util.Set;

/**
 * An account as a client sends it to create or revise one; {@code version} only when revising.
 * Enum values arrive as text so that an unknown one is reported with its field and the allowed
 * values, which the JSON binding alone cannot do.
 */
public record AccountForm(String name, String nativeName, String country, String agencyType, List<String> sectors,
                          Long parentAccountId, String classification, Long version) {

    /** Checks every field, naming each offending one; {@code revising} also needs the version read. */
    AccountDraft draft(boolean revising) {
        FieldChecks checks = new FieldChecks()
                .text("name", name, true, AccountProfile.MAX_NAME_LENGTH)
                .text("nativeName", nativeName, false, AccountProfile.MAX_NAME_LENGTH)
                .required("country", country)
                .country("country", country)
                .required("agencyType", agencyType)
                .valid("parentAccountId", parentAccountId, id -> id > 0, Reason.OUT_OF_RANGE, "must be a positive id");
        AgencyType type = checks.oneOf("agencyType", agencyType, AgencyType.class);
        Set<Sector> sectorSet = checks.allOf("sectors", sectors, Sector.class);
        Classification kind = checks.oneOf("classification", classification, Classification.class);
        if (revising) {
            checks.required("version", version).valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE, "must not be negative");
        }
        checks.orThrow();
        return new AccountDraft(name, nativeName, country, type, sectorSet, parentAccountId, kind);
    }
}
