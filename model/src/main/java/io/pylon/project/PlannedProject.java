package io.pylon.project;

import io.pylon.account.Account;
import io.pylon.account.Sector;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;

/** What a project the company starts to pursue needs: a name, the agency that owns it (and its borrower), where, what and how. */
public record PlannedProject(String name, Account owner, Account borrower, CountryCode country, Sector sector,
                             ContractType contractType) {

    public PlannedProject {
        name = Texts.tidy("name", name, true, ProjectFacts.MAX_NAME_LENGTH);
        require("ownerAccountId", owner);
        require("country", country);
        require("sector", sector);
        require("contractType", contractType);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new DomainRuleViolation(field, Reason.REQUIRED, "is required");
        }
    }
}
