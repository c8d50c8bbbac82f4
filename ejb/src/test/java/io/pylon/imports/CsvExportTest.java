package io.pylon.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final String HEADER = "id,project_name,countrycode,impagency,borrower,totalcommamt,boardapprovaldate,"
            + "closingdate,status,sector1_name,sector1_percent,sector2_name,sector2_percent\n";

    @Test
    void readsTheSameFieldsAsTheJsonExportWithFlattenedSectors() {
        List<ProjectRow> rows = CsvExport.rows(new StringReader(HEADER
                + "P129828,\"Ethiopia General Education Quality Improvement Project II\",ET,MINISTRY OF EDUCATION,"
                + "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA,130000000,2013-11-12T00:00:00Z,2018-07-07T00:00:00Z,Active,"
                + "Primary education,46,\"Secondary education, general\",54\n"
                + "P144674,Roads,KE,\"Kenya National Highways Authority\",,5000000.5,2014-01-31,,Closed,,,,\n"));

        assertThat(rows).hasSize(2);
        ImportRow first = rows.get(0).check();
        assertThat(first.externalId()).isEqualTo("P129828");
        assertThat(first.country().value()).isEqualTo("ETH");
        assertThat(first.sectors()).extracting(s -> s.name() + " " + s.percent())
                .containsExactly("Primary education 46", "Secondary education, general 54");
        ImportRow second = rows.get(1).check();
        assertThat(second.row()).isEqualTo(2);
        assertThat(second.borrower()).isNull();
        assertThat(second.closesOn()).isNull();
        assertThat(second.approvedOn()).isEqualTo(LocalDate.of(2014, 1, 31));
        assertThat(second.commitment().amount()).isEqualTo(new BigDecimal("5000000.50"));
        assertThat(second.sectors()).isEmpty();
    }

    @Test
    void columnsMayComeInAnyOrder() {
        List<ProjectRow> rows = CsvExport.rows(new StringReader("""
                impagency,countrycode,project_name,id
                Ministry of Water,TZ,Water supply,P1
                """));
        assertThat(rows.get(0).impAgency()).isEqualTo("Ministry of Water");
        assertThat(rows.get(0).id()).isEqualTo("P1");
    }

    @Test
    void aMalformedRecordIsUnreadableWithItsRecordNumber() {
        String csv = HEADER
                + "P1,One,KE,Agency One,,1,2014-01-31,,Active,,,,\n"
                + "P2,\"Two\"x,KE,Agency Two,,1,2014-01-31,,Active,,,,\n";

        assertThatThrownBy(() -> CsvExport.rows(new StringReader(csv)))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.record()).isEqualTo(3L);
                    assertThat(e.getMessage()).contains("record 3");
                });
    }

    @Test
    void aRecordWithTheWrongNumberOfFieldsIsUnreadable() {
        String csv = HEADER + "P1,One,KE,Agency One\n";

        assertThatThrownBy(() -> CsvExport.rows(new StringReader(csv)))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.record()).isEqualTo(2L);
                    assertThat(e.getMessage()).contains("4 fields where the header has 13");
                });
    }

    @Test
    void anUnclosedQuoteIsUnreadable() {
        String csv = HEADER + "P1,\"One,KE,Agency One,,1,2014-01-31,,Active,,,,\n";

        assertThatThrownBy(() -> CsvExport.rows(new StringReader(csv)))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> assertThat(e.record()).isEqualTo(2L));
    }

    @Test
    void aHeaderWithoutTheExportsColumnsIsUnreadable() {
        assertThatThrownBy(() -> CsvExport.rows(new StringReader("name,country\nAgency,KE\n")))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.record()).isEqualTo(1L);
                    assertThat(e.getMessage()).contains("id, project_name, countrycode, impagency");
                });
    }
}
