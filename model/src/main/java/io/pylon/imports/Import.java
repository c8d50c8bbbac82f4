package io.pylon.imports;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One upload of an export file and what became of it: queued, running with its progress, then
 * done with its report (accounts created and matched, projects created and updated, rows
 * rejected) or failed as a whole with where the file went wrong.
 */
@Entity
@Table(name = "data_import")
public class Import {

    static final int MAX_FAILURE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_import_seq")
    @SequenceGenerator(name = "data_import_seq", sequenceName = "data_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "file_format", nullable = false, length = 10)
    private ImportFormat format;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ImportState state;

    @Column(name = "rows_total", nullable = false)
    private long rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private long rowsDone;

    @Column(name = "accounts_created", nullable = false)
    private long accountsCreated;

    @Column(name = "accounts_matched", nullable = false)
    private long accountsMatched;

    @Column(name = "projects_created", nullable = false)
    private long projectsCreated;

    @Column(name = "projects_updated", nullable = false)
    private long projectsUpdated;

    @Column(length = MAX_FAILURE_LENGTH)
    private String failure;

    @Column(name = "failure_line")
    private Long failureLine;

    @Column(name = "failure_column")
    private Long failureColumn;

    @Column(name = "failure_record")
    private Long failureRecord;

    @ElementCollection
    @CollectionTable(name = "data_import_rejected_row", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "rejection_order")
    private List<RejectedRow> rejectedRows = new ArrayList<>();

    @Column(nullable = false, length = 100)
    private String runner;

    protected Import() {
    }

    /** @param runner the server instance that runs the import: the one it was started on */
    public Import(String fileName, ImportFormat format, String startedBy, Instant startedAt, String runner) {
        this.fileName = fileName == null || fileName.isBlank() ? null : truncated(fileName.strip(), 255);
        this.format = Objects.requireNonNull(format);
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.runner = Objects.requireNonNull(runner);
        this.state = ImportState.QUEUED;
    }

    /** The file was read whole: processing of its {@code rows} rows begins. */
    public void begin(long rows) {
        requireState(ImportState.QUEUED);
        this.state = ImportState.RUNNING;
        this.rowsTotal = rows;
    }

    /** One batch of rows is through; its counts add to the report. */
    public void recordBatch(BatchReport batch) {
        requireState(ImportState.RUNNING);
        rowsDone += batch.rows();
        accountsCreated += batch.accountsCreated();
        accountsMatched += batch.accountsMatched();
        projectsCreated += batch.projectsCreated();
        projectsUpdated += batch.projectsUpdated();
        rejectedRows.addAll(batch.rejected());
    }

    /** Rows refused before any was stored, such as those without an implementing agency. */
    public void reject(List<RejectedRow> rows) {
        requireState(ImportState.RUNNING);
        rowsDone += rows.size();
        rejectedRows.addAll(rows);
    }

    public void finish(Instant at) {
        requireState(ImportState.RUNNING);
        this.state = ImportState.DONE;
        this.finishedAt = at;
    }

    /**
     * The file as a whole could not be imported; where known, the position of the fault: line
     * and column of a JSON file, or the record number of a CSV file.
     */
    public void fail(String reason, Long line, Long column, Long record, Instant at) {
        if (hasEnded()) {
            throw new IllegalStateException("import " + id + " is already " + state);
        }
        this.state = ImportState.FAILED;
        this.failure = truncated(reason, MAX_FAILURE_LENGTH);
        this.failureLine = line;
        this.failureColumn = column;
        this.failureRecord = record;
        this.finishedAt = at;
    }

    public boolean hasEnded() {
        return state == ImportState.DONE || state == ImportState.FAILED;
    }

    private void requireState(ImportState expected) {
        if (state != expected) {
            throw new IllegalStateException("import " + id + " is " + state + ", not " + expected);
        }
    }

    private static String truncated(String text, int maxLength) {
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public ImportFormat format() {
        return format;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public ImportState state() {
        return state;
    }

    public long rowsTotal() {
        return rowsTotal;
    }

    public long rowsDone() {
        return rowsDone;
    }

    public long accountsCreated() {
        return accountsCreated;
    }

    public long accountsMatched() {
        return accountsMatched;
    }

    public long projectsCreated() {
        return projectsCreated;
    }

    public long projectsUpdated() {
        return projectsUpdated;
    }

    public String failure() {
        return failure;
    }

    public Long failureLine() {
        return failureLine;
    }

    public Long failureColumn() {
        return failureColumn;
    }

    public Long failureRecord() {
        return failureRecord;
    }

    public List<RejectedRow> rejectedRows() {
        return List.copyOf(rejectedRows);
    }
}
