package io.pylon.project;

import io.pylon.account.Sector;
import io.pylon.api.FieldChecks;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Reason;

/**
 * A project to start pursuing, as a client sends it: the owner (and optionally borrower) account ids, an ISO 3166
 * alpha-3 country, a sector (RAIL, ROAD, BRIDGE, PORT, AIRPORT, POWER, WATER, BUILDING) and a contract type (EPC,
 * EPC_F, PPP, O_AND_M) that choose its gates' template.
 */
public record ProjectForm(String name, Long ownerAccountId, Long borrowerAccountId, String country, String sector,
                          String contractType) {

    /** The form checked field by field; every offending field is reported at once. */
    Checked checked() {
        FieldChecks checks = new FieldChecks()
                .text("name", name, true, ProjectFacts.MAX_NAME_LENGTH)
                .required("ownerAccountId", ownerAccountId)
                .valid("ownerAccountId", ownerAccountId, id -> id > 0, Reason.OUT_OF_RANGE, "must be a positive id")
                .valid("borrowerAccountId", borrowerAccountId, id -> id > 0, Reason.OUT_OF_RANGE, "must be a positive id")
                .required("country", country)
                .country("country", country)
                .required("sector", sector)
                .required("contractType", contractType);
        Sector chosenSector = checks.oneOf("sector", sector, Sector.class);
        ContractType chosenType = checks.oneOf("contractType", contractType, ContractType.class);
        checks.orThrow();
        return new Checked(CountryCode.of(country), chosenSector, chosenType);
    }

    record Checked(CountryCode country, Sector sector, ContractType contractType) {
    }
}
