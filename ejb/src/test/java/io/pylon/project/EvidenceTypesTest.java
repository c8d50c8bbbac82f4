package io.pylon.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.DomainRuleViolation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class EvidenceTypesTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void acceptsPdfImagesAndOfficeDocumentsByWhatTheirBytesAre() throws IOException {
        assertThat(EvidenceTypes.of("certificate.pdf", PDF)).isEqualTo("application/pdf");
        assertThat(EvidenceTypes.of("Site photo.PNG", png())).isEqualTo("image/png");
        assertThat(EvidenceTypes.of("register.xlsx", ooxml("xl/workbook.xml")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void refusesWhatIsNotEvidenceAndANameThatLiesAboutTheBytes() throws IOException {
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        assertRefused("certificate.pdf", program, "is not accepted");
        assertRefused("Site photo.pdf", png(), "does not match its name");
        assertRefused("notes.pdf", "just some text".getBytes(StandardCharsets.UTF_8), "");
        assertRefused("archive.zip", zip("anything.txt"), "is not accepted");
    }

    private static void assertRefused(String name, byte[] content, String why) {
        assertThatThrownBy(() -> EvidenceTypes.of(name, content))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("file"))
                .hasMessageContaining(why);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** An Office Open XML package: its content types first, as Office writes them. */
    private static byte[] ooxml(String part) throws IOException {
        return zip("[Content_Types].xml", part);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
