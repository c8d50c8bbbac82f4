package io.pylon.project;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What an evidence file is, found by Apache Tika in its bytes and not taken from its name: PDF, images and office
 * documents are accepted, and only when the name says what the bytes are (a PNG named {@code .pdf}, or a program
 * named {@code .pdf}, is refused).
 */
final class EvidenceTypes {

    static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/tiff", "image/webp",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private EvidenceTypes() {
    }

    /** The accepted type of the file, or a refusal of the field {@code file} saying why. */
    static String of(String fileName, byte[] content) {
        MediaType byContent = detect(content, null);
        MediaType detected = detect(content, fileName);
        MediaType byName = MediaType.parse(TIKA.detect(fileName));
        if (!ACCEPTED.contains(detected.getBaseType().toString())) {
            throw new DomainRuleViolation("file", Reason.NOT_ALLOWED, "a file of type " + detected.getBaseType()
                    + " is not accepted as evidence: PDF, images and office documents are");
        }
        boolean contentAgrees = byContent.equals(detected) || REGISTRY.isSpecializationOf(detected, byContent);
        if (!contentAgrees || !byName.equals(detected)) {
            throw new DomainRuleViolation("file", Reason.NOT_ALLOWED, "the file's content (" + byContent
                    + ") does not match its name " + fileName);
        }
        return detected.getBaseType().toString();
    }

    private static MediaType detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try {
            return TIKA.getDetector().detect(new ByteArrayInputStream(content), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
