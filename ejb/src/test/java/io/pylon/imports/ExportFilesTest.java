package io.pylon.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFilesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(byte[] content, Reason reason) {
        assertThatThrownBy(() -> ExportFiles.formatOf(content)).isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "  \n[{\"id\": \"P1\"}]", "{\"id\": 1}", "\uFEFF[]"})
    void jsonStartsWithAnArrayOrObject(String content) {
        assertThat(ExportFiles.formatOf(utf8(content))).isEqualTo(ImportFormat.JSON);
    }

    @Test
    void csvStartsWithAHeaderNamingTheExportsColumns() {
        assertThat(ExportFiles.formatOf(utf8("id,project_name,countrycode,impagency\nP1,x,KE,A\n"))).isEqualTo(ImportFormat.CSV);
        assertThat(ExportFiles.formatOf(utf8("\uFEFF\"impagency\",\"id\",\"countrycode\",\"project_name\"\r\n")))
                .isEqualTo(ImportFormat.CSV);
    }

    @Test
    void theNameDoesNotMatterButTheContentDoes() {
        assertRefused(utf8("Dear colleagues, please find the projects attached.\nRegards"), Reason.UNSUPPORTED_FORMAT);
        assertRefused(utf8("name,country\nAgency,KE\n"), Reason.UNSUPPORTED_FORMAT);
        assertRefused(utf8("<?xml version=\"1.0\"?><projects/>"), Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void textInAnotherEncodingThanUtf8IsRefused() {
        assertRefused("[{\"impagency\": \"Minist\u00e8re de l'\u00c9ducation\"}]".getBytes(StandardCharsets.ISO_8859_1),
                Reason.WRONG_ENCODING);
        assertRefused("[{\"id\": \"P1\"}]".getBytes(StandardCharsets.UTF_16), Reason.WRONG_ENCODING);
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, Reason.WRONG_ENCODING);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], Reason.BLANK);
    }

    @Test
    void readsPastAByteOrderMark() {
        byte[] content = utf8("\uFEFF[{\"id\": \"P1\", \"impagency\": \"A\"}]");
        assertThat(ExportFiles.rows(ImportFormat.JSON, new ByteArrayInputStream(content))).hasSize(1);
    }
}
