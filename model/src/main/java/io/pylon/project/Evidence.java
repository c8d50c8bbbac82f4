package io.pylon.project;

import io.pylon.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A file attached to a gate's criterion as evidence: its name as uploaded, the type its bytes show, size, SHA-256,
 * who and when. Attached while the gate is under review and never changed; its bytes are an
 * {@link EvidenceContent} of their own.
 */
@Entity
@Immutable
@Table(name = "gate_evidence")
public class Evidence {

    /** The largest evidence file: 20 MiB, enough for a scanned certificate or a signed contract. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_FILE_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gate_evidence_seq")
    @SequenceGenerator(name = "gate_evidence_seq", sequenceName = "gate_evidence_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    private GateCriterion criterion;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Evidence() {
    }

    /** Evidence of a criterion of the gate under review, of a file whose type its caller has found in its bytes. */
    Evidence(GateCriterion criterion, String fileName, String contentType, long sizeBytes, String sha256,
             String uploadedBy, Instant uploadedAt) {
        criterion.gate().requireOpenForReview();
        this.criterion = criterion;
        this.fileName = Texts.tidy("file", fileName, true, MAX_FILE_NAME);
        this.contentType = Objects.requireNonNull(contentType);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long id() {
        return id;
    }

    public GateCriterion criterion() {
        return criterion;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
