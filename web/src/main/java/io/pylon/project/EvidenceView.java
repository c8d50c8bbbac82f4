package io.pylon.project;

import java.time.Instant;

/** An evidence file as the API lists it: {@code contentType} is what its bytes are, {@code sha256} their digest. */
public record EvidenceView(long id, long criterionId, String fileName, String contentType, long sizeBytes,
                           String sha256, String uploadedBy, Instant uploadedAt) {

    static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.id(), evidence.criterion().id(), evidence.fileName(), evidence.contentType(),
                evidence.sizeBytes(), evidence.sha256(), evidence.uploadedBy(), evidence.uploadedAt());
    }
}
