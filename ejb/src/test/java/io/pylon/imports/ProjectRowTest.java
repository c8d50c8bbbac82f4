package io.pylon.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.AgencyType;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectRowTest {

    private static ProjectRow row(String countryCode, String agency, String approval, String closing) {
        return new ProjectRow(7, "P100", "Rural Roads", countryCode, agency, "REPUBLIC OF KENYA",
                List.of(new ProjectRow.Share(1, "Roads", "100")), "25000000", approval, closing, "Active", null);
    }

    private static void assertRefused(ProjectRow row, String field, Reason reason) {
        assertThatThrownBy(row::check).isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    @ParameterizedTest
    @CsvSource({"ET, ETH", "KE, KEN", "CN, CHN", "ID, IDN", "VN, VNM",
            "RY, YEM", "ZR, COD", "GZ, PSE", "TP, TLS", "YF, SRB", "XK, XKX"})
    void convertsTheAlpha2CountryToAlpha3(String alpha2, String alpha3) {
        assertThat(row(alpha2, "Roads Authority", "2014-01-31T00:00:00Z", null).check().country().value()).isEqualTo(alpha3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3A", "4E", "1W", "5M"})
    void rejectsRegionalProjects(String region) {
        assertRefused(row(region, "Roads Authority", "2014-01-31T00:00:00Z", null), "countrycode", Reason.NOT_A_COUNTRY);
    }

    @Test
    void rejectsCodesOfNoCountry() {
        assertRefused(row("ZZ", "Roads Authority", "2014-01-31T00:00:00Z", null), "countrycode", Reason.INVALID_COUNTRY);
        assertRefused(row(null, "Roads Authority", "2014-01-31T00:00:00Z", null), "countrycode", Reason.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsRowsWithoutImplementingAgency(String agency) {
        assertRefused(row("KE", agency, "2014-01-31T00:00:00Z", null), "impagency", Reason.REQUIRED);
        assertRefused(row("3A", null, "2014-01-31T00:00:00Z", null), "impagency", Reason.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-02-30T00:00:00Z", "2013-13-01T00:00:00Z", "2014-02-29", "12/11/2013", "yesterday"})
    void rejectsDatesThatDoNotExist(String date) {
        assertRefused(row("KE", "Roads Authority", date, null), "boardapprovaldate", Reason.INVALID_DATE);
        assertRefused(row("KE", "Roads Authority", "2014-01-31T00:00:00Z", date), "closingdate", Reason.INVALID_DATE);
    }

    @Test
    void acceptsALeapDayAndAnAbsentClosingDate() {
        ImportRow checked = row("KE", "Roads Authority", "2012-02-29T00:00:00Z", null).check();
        assertThat(checked.approvedOn()).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(checked.closesOn()).isNull();
    }

    @Test
    void rejectsAmountsAndSharesThatAreNotWhatTheySay() {
        ProjectRow base = row("KE", "Roads Authority", "2014-01-31T00:00:00Z", null);
        assertRefused(new ProjectRow(1, "P1", "x", "KE", "A", null, List.of(), "-5", "2014-01-31", null, "Active", null),
                "totalcommamt", Reason.OUT_OF_RANGE);
        assertRefused(new ProjectRow(1, "P1", "x", "KE", "A", null, List.of(), "1.005", "2014-01-31", null, "Active", null),
                "totalcommamt", Reason.OUT_OF_RANGE);
        assertRefused(new ProjectRow(1, "P1", "x", "KE", "A", null, List.of(new ProjectRow.Share(2, "Roads", "12.5")),
                "5", "2014-01-31", null, "Active", null), "sector2", Reason.WRONG_TYPE);
        assertRefused(new ProjectRow(1, "P1", "x", "KE", "A", null, List.of(), "5", "2014-01-31", null, "Sleeping", null),
                "status", Reason.NOT_ALLOWED);
        assertThat(base.check().commitment().toString()).isEqualTo("25000000.00 USD");
    }

    @Test
    void accountsCreatedForMinistriesAreMinistriesAndOthersAgencies() {
        assertThat(ProjectRow.agencyTypeOf("MINISTRY OF EDUCATION")).isEqualTo(AgencyType.MINISTRY);
        assertThat(ProjectRow.agencyTypeOf("Ministry of Finance")).isEqualTo(AgencyType.MINISTRY);
        assertThat(ProjectRow.agencyTypeOf("Federal Ministry of Works")).isEqualTo(AgencyType.AGENCY);
        assertThat(ProjectRow.agencyTypeOf("NATIONAL ROADS AUTHORITY")).isEqualTo(AgencyType.AGENCY);
    }
}
