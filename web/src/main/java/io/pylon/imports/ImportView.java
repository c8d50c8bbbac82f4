package io.pylon.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import as the API shows it: its state, progress (rows done of the total, once the file is
 * read), the report so far, and for a failed one the reason and where in the file.
 */
public record ImportView(long id, String fileName, ImportFormat format, String startedBy, Instant startedAt,
                         Instant finishedAt, ImportState state, Progress progress, Report report, Failure failure) {

    public record Progress(long done, long total) {
    }

    public record Report(long accountsCreated, long accountsMatched, long projectsCreated, long projectsUpdated,
                         long rowsRejected, List<Rejection> rejected) {
    }

    /** A rejected row: its number (the file's first project is row 1), the field at fault, a reason code, in words. */
    public record Rejection(long row, String field, String code, String message) {
    }

    /** Why the file as a whole was not imported; line and column for JSON, record and line for CSV. */
    public record Failure(String message, Long line, Long column, Long record) {
    }

    /** An import in a list: what it is and how far it got, without its report. */
    public record Summary(long id, String fileName, ImportFormat format, String startedBy, Instant startedAt,
                          Instant finishedAt, ImportState state, Progress progress) {

        public static Summary of(Import imported) {
            return new Summary(imported.id(), imported.fileName(), imported.format(), imported.startedBy(),
                    imported.startedAt(), imported.finishedAt(), imported.state(),
                    new Progress(imported.rowsDone(), imported.rowsTotal()));
        }
    }

    public static ImportView of(Import imported) {
        List<Rejection> rejected = imported.rejectedRows().stream()
                .map(row -> new Rejection(row.row(), row.field(), row.reason().code(), row.message()))
                .toList();
        Failure failure = imported.state() == ImportState.FAILED ? new Failure(imported.failure(), imported.failureLine(),
                imported.failureColumn(), imported.failureRecord()) : null;
        return new ImportView(imported.id(), imported.fileName(), imported.format(), imported.startedBy(),
                imported.startedAt(), imported.finishedAt(), imported.state(),
                new Progress(imported.rowsDone(), imported.rowsTotal()),
                new Report(imported.accountsCreated(), imported.accountsMatched(), imported.projectsCreated(),
                        imported.projectsUpdated(), rejected.size(), rejected),
                failure);
    }
}
