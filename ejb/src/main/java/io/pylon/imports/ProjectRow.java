package io.pylon.imports;

import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.project.ProjectFacts;
import io.pylon.project.ProjectStatus;
import io.pylon.project.SectorShare;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * One project of an export file as written, every value as text (null when absent), numbered
 * from 1 in the order of the file. {@link #check()} turns it into an {@link ImportRow} or says
 * which field is wrong. {@code wrongType} names a field whose JSON value was of the wrong kind.
 */
public record ProjectRow(long row, String id, String projectName, String countryCode, String impAgency, String borrower,
                  List<Share> sectors, String totalCommitment, String approvalDate, String closingDate, String status,
                  String wrongType) {

    /** The export's field names, which name the offending field of a rejected row too. */
    static final String ID = "id";
    static final String PROJECT_NAME = "project_name";
    static final String COUNTRY_CODE = "countrycode";

    /** Countries the World Bank still writes with its own codes, not the ISO ones: Yemen, DR Congo, West Bank
     *  and Gaza, Timor-Leste, Serbia. */
    private static final Map<String, String> WORLD_BANK_CODES =
            Map.of("RY", "YE", "ZR", "CD", "GZ", "PS", "TP", "TL", "YF", "RS");
    static final String IMPLEMENTING_AGENCY = "impagency";
    static final String BORROWER = "borrower";
    static final String TOTAL_COMMITMENT = "totalcommamt";
    static final String APPROVAL_DATE = "boardapprovaldate";
    static final String CLOSING_DATE = "closingdate";
    static final String STATUS = "status";
    /** sector1 to sector4, each a name and a percentage. */
    static final int SECTORS = 4;

    /** The World Bank states commitments in US dollars. */
    static final Currency COMMITMENT_CURRENCY = Currency.getInstance("USD");

    /** A sector and its share as written; {@code index} is the N of sectorN. */
    public record Share(int index, String name, String percent) {
    }

    ImportRow check() {
        if (wrongType != null) {
            throw new DomainRuleViolation(wrongType, Reason.WRONG_TYPE, "has a value of the wrong type");
        }
        String agency = agencyName(IMPLEMENTING_AGENCY, impAgency);
        if (agency == null) {
            throw new DomainRuleViolation(IMPLEMENTING_AGENCY, Reason.REQUIRED, "the project names no implementing agency");
        }
        String alpha2 = required(COUNTRY_CODE, countryCode);
        CountryCode country = CountryCode.fromAlpha2(COUNTRY_CODE, WORLD_BANK_CODES.getOrDefault(alpha2, alpha2));
        String externalId = text(ID, id, ProjectFacts.MAX_EXTERNAL_ID_LENGTH);
        String name = text(PROJECT_NAME, projectName, ProjectFacts.MAX_NAME_LENGTH);
        List<SectorShare> shares = new ArrayList<>();
        for (Share share : sectors) {
            shares.add(sectorShare(share));
        }
        return new ImportRow(row, externalId, name, country, agency, agencyName(BORROWER, borrower), shares,
                commitment(), date(APPROVAL_DATE, required(APPROVAL_DATE, approvalDate)),
                closingDate == null ? null : date(CLOSING_DATE, closingDate), projectStatus());
    }

    /**
     * The type of an account that an import creates for an agency: MINISTRY when its name starts
     * with "Ministry" (in any case), else AGENCY. The export says nothing more precise, and an
     * account manager may correct it later.
     */
    static AgencyType agencyTypeOf(String agencyName) {
        return agencyName.toUpperCase(Locale.ROOT).startsWith("MINISTRY") ? AgencyType.MINISTRY : AgencyType.AGENCY;
    }

    private static String agencyName(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        if (stripped.length() > AccountProfile.MAX_NAME_LENGTH) {
            throw new DomainRuleViolation(field, Reason.TOO_LONG, "must be at most " + AccountProfile.MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, Reason.REQUIRED, "is required");
        }
        return value.strip();
    }

    private static String text(String field, String value, int maxLength) {
        String stripped = required(field, value).replaceAll("\\s+", " ");
        if (stripped.length() > maxLength) {
            throw new DomainRuleViolation(field, Reason.TOO_LONG, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    private static SectorShare sectorShare(Share share) {
        String field = "sector" + share.index();
        int percent;
        try {
            percent = new BigDecimal(required(field, share.percent())).intValueExact();
        } catch (NumberFormatException | ArithmeticException notWhole) {
            throw new DomainRuleViolation(field, Reason.WRONG_TYPE, "the share must be a whole number of percent: " + share.percent());
        }
        try {
            return new SectorShare(share.name(), percent);
        } catch (DomainRuleViolation e) {
            throw new DomainRuleViolation(field, e.reason(), e.getMessage());
        }
    }

    private Money commitment() {
        BigDecimal amount;
        try {
            amount = new BigDecimal(required(TOTAL_COMMITMENT, totalCommitment));
        } catch (NumberFormatException notANumber) {
            throw new DomainRuleViolation(TOTAL_COMMITMENT, Reason.WRONG_TYPE, "is not a number: " + totalCommitment);
        }
        if (amount.signum() < 0) {
            throw new DomainRuleViolation(TOTAL_COMMITMENT, Reason.OUT_OF_RANGE, "must not be negative");
        }
        try {
            return Money.of(amount, COMMITMENT_CURRENCY);
        } catch (DomainRuleViolation e) {
            throw new DomainRuleViolation(TOTAL_COMMITMENT, e.reason(), e.getMessage());
        }
    }

    /** An ISO 8601 date, alone ({@code 2013-11-12}) or as the export writes it ({@code 2013-11-12T00:00:00Z}). */
    private static LocalDate date(String field, String text) {
        String value = text.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation(field, Reason.INVALID_DATE, "is not an existing date written as ISO 8601: " + value);
        }
    }

    private ProjectStatus projectStatus() {
        String value = required(STATUS, status);
        try {
            return ProjectStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation(STATUS, Reason.NOT_ALLOWED, "must be one of Pipeline, Active, Closed, Dropped: " + value);
        }
    }
}
