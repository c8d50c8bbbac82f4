package io.pylon.imports;

import io.pylon.project.SectorShare;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import io.pylon.project.ProjectStatus;
import java.time.LocalDate;
import java.util.List;

/** A project of an export file that passed every check: ready to match accounts and record. */
public record ImportRow(long row, String externalId, String name, CountryCode country, String agency, String borrower,
                 List<SectorShare> sectors, Money commitment, LocalDate approvedOn, LocalDate closesOn,
                 ProjectStatus status) {
}
