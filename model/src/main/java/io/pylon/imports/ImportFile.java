package io.pylon.imports;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * The uploaded file of an import, kept in the database so that the instance that processes it
 * need not be the one that received it. A table of its own, so that reading an import's progress
 * never loads the file.
 */
@Entity
@Table(name = "data_import_file")
public class ImportFile {

    @Id
    @Column(name = "import_id")
    private Long importId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
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
