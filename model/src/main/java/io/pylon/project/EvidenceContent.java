package io.pylon.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of an evidence file, read only to download it. */
@Entity
@Immutable
@Table(name = "gate_evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    /** Plain binary, not a LOB: bytea on PostgreSQL (a LOB would be an oid there), VARBINARY on H2. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, length = Evidence.MAX_BYTES)
    private byte[] content;

    protected EvidenceContent() {
    }

    public EvidenceContent(Evidence evidence, byte[] content) {
        this.evidenceId = Objects.requireNonNull(evidence.id(), "the evidence must be stored first");
        this.content = Objects.requireNonNull(content); // taken over, not copied
    }

    /** The bytes, not copied: the caller only writes them out. */
    public byte[] content() {
        return content;
    }
}
