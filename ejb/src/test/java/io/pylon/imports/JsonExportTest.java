package io.pylon.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.AgencyType;
import io.pylon.project.ProjectStatus;
import io.pylon.project.SectorShare;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonExportTest {

    private static String realExport() throws IOException {
        return Files.readString(SharedData.worldBankProjects(), StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryProjectOfTheRealExport() throws IOException {
        List<ProjectRow> rows = JsonExport.rows(new StringReader(realExport()));

        assertThat(rows).hasSize(500);
        assertThat(rows).extracting(ProjectRow::row).startsWith(1L, 2L, 3L).endsWith(500L);
        ProjectRow first = rows.get(0);
        assertThat(first.id()).isEqualTo("P129828");
        assertThat(first.impAgency()).isEqualTo("MINISTRY OF EDUCATION");
        assertThat(first.borrower()).isEqualTo("FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA");
        assertThat(first.sectors()).extracting(ProjectRow.Share::percent).containsExactly("46", "26", "16", "12");

        ImportRow checked = first.check();
        assertThat(checked.country().value()).isEqualTo("ETH");
        assertThat(checked.name()).isEqualTo("Ethiopia General Education Quality Improvement Project II");
        assertThat(checked.commitment().amount()).isEqualTo(new BigDecimal("130000000.00"));
        assertThat(checked.commitment().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(checked.approvedOn()).isEqualTo(LocalDate.of(2013, 11, 12));
        assertThat(checked.closesOn()).isEqualTo(LocalDate.of(2018, 7, 7));
        assertThat(checked.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(checked.sectors()).first().extracting(SectorShare::name).isEqualTo("Primary education");
        assertThat(ProjectRow.agencyTypeOf(checked.agency())).isEqualTo(AgencyType.MINISTRY);
    }

    @Test
    void rejectsOnlyRowsWithoutAgencyOrWithoutARealCountry() throws IOException {
        List<DomainRuleViolation> refusals = new ArrayList<>();
        int accepted = 0;
        for (ProjectRow row : JsonExport.rows(new StringReader(realExport()))) {
            try {
                row.check();
                accepted++;
            } catch (DomainRuleViolation refused) {
                refusals.add(refused);
            }
        }
        assertThat(refusals).extracting(DomainRuleViolation::field).containsOnly("impagency", "countrycode");
        assertThat(refusals).filteredOn(r -> r.field().equals("impagency")).hasSize(28)
                .allMatch(r -> r.reason() == Reason.REQUIRED);
        assertThat(refusals).filteredOn(r -> r.reason() == Reason.NOT_A_COUNTRY).isNotEmpty()
                .allMatch(r -> r.getMessage().contains("region"));
        assertThat(accepted + refusals.size()).isEqualTo(500);
        assertThat(accepted).isGreaterThan(400);
    }

    @Test
    void aFileCutInTheMiddleIsUnreadableWithItsPosition() throws IOException {
        String export = realExport();
        String truncated = export.substring(0, export.length() / 2);

        assertThatThrownBy(() -> JsonExport.rows(new StringReader(truncated)))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.line()).isEqualTo(1L);
                    assertThat(e.column()).isGreaterThan(truncated.length() - 10L);
                    assertThat(e.getMessage()).contains("line 1, column " + e.column());
                });
    }

    @Test
    void positionsCountLinesAndColumns() {
        String broken = "[\n  {\"id\": \"P1\"},\n  {\"id\": \"P2\" \"project_name\": \"x\"}\n]";

        assertThatThrownBy(() -> JsonExport.rows(new StringReader(broken)))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.line()).isEqualTo(3L);
                    assertThat(e.column()).as("at or just after the unexpected \"project_name\"").isBetween(16L, 30L);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": \"P1\"}", "[1, 2]", "[{\"id\": \"P1\"}] trailing", "[{\"id\": \"P1\"},", "", "[{'id': 'P1'}]"})
    void refusesAnythingButAnArrayOfProjects(String json) {
        assertThatThrownBy(() -> JsonExport.rows(new StringReader(json)))
                .isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("line");
    }

    @Test
    void aValueOfTheWrongKindRejectsItsRowOnly() {
        List<ProjectRow> rows = JsonExport.rows(new StringReader("""
                [{"id": "P1", "impagency": {"name": "MINISTRY OF WORKS"}, "countrycode": "KE"},
                 {"id": "P2", "impagency": "MINISTRY OF WORKS", "countrycode": "KE", "project_name": "Roads",
                  "totalcommamt": 5, "boardapprovaldate": "2014-01-31T00:00:00Z", "status": "Active",
                  "sector1": {"Name": "Roads", "Percent": 100}}]
                """));

        assertThatThrownBy(rows.get(0)::check).isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo("impagency");
            assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE);
        });
        assertThat(rows.get(1).check().country().value()).isEqualTo("KEN");
    }
}
