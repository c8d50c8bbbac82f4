package io.pylon.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The uploaded file of an import, kept in the database so that the instance that processes it
 * need not be the one that received it. A table of its own, so that reading an import's progress
 * never loads the file.
 */
@Entity
@Table(name = "data_import_file")
public class ImportFile {

    /** The largest upload an import takes: 100 MiB. */
    public static final int MAX_BYTES = 100 * 1024 * 1024;

    @Id
    @Column(name = "import_id")
    private Long importId;

    /** Plain binary, not a LOB: bytea on PostgreSQL (a LOB would be an oid there), VARBINARY on H2. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, length = MAX_BYTES)
    private byte[] content;

    protected ImportFile() {
    }

    public ImportFile(Import owner, byte[] content) {
        this.importId = Objects.requireNonNull(owner.id(), "the import must be stored first");
        this.content = Objects.requireNonNull(content); // up to 100 MB: taken over, not copied
    }

    public Long importId() {
        return importId;
    }

    /** The file's bytes to read, without copying them. */
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }
}
