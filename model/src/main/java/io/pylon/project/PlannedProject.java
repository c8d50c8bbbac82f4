package io.pylon.project;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.account.Account;
import io.pylon.account.Sector;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Texts;

/** What a project the company starts to pursue needs: a name, the agency that owns it (and its borrower), where, what and how. */
public record PlannedProject(String name, Account owner, Account borrower, CountryCode country, Sector sector,
                             ContractType contractType) {

    public PlannedProject {
        name = Texts.tidy("name", name, true, ProjectFacts.MAX_NAME_LENGTH);
        requirePresent("ownerAccountId", owner);
        requirePresent("country", country);
        requirePresent("sector", sector);
        requirePresent("contractType", contractType);
    }
}
