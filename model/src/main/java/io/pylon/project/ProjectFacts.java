package io.pylon.project;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.account.Account;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What is known about a project: its financier's id and name, country, owning agency (the
 * implementing agency) and borrower, sector shares, commitment, dates and status. Checked here,
 * so that a project never lacks what identifies it. A closing date before the approval date is
 * kept as the financier states it: real exports hold such projects.
 */
public record ProjectFacts(String externalId, String name, CountryCode country, Account owner, Account borrower,
                           List<SectorShare> sectors, Money commitment, LocalDate approvedOn, LocalDate closesOn,
                           ProjectStatus status) {

    public static final int MAX_EXTERNAL_ID_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 300;

    public ProjectFacts {
        externalId = requireText("externalId", externalId, MAX_EXTERNAL_ID_LENGTH);
        name = requireText("name", name, MAX_NAME_LENGTH);
        requirePresent("country", country);
        requirePresent("owner", owner);
        requirePresent("commitment", commitment);
        requirePresent("approvedOn", approvedOn);
        requirePresent("status", status);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        if (commitment.amount().compareTo(BigDecimal.ZERO) < 0) {
            throw new DomainRuleViolation("commitment", Reason.OUT_OF_RANGE, "must not be negative");
        }
    }


    private static String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, Reason.BLANK, "must not be blank");
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        if (stripped.length() > maxLength) {
            throw new DomainRuleViolation(field, Reason.TOO_LONG, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
