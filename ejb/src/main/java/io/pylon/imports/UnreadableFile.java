package io.pylon.imports;

import jakarta.ejb.ApplicationException;

/**
 * The file is not well-formed in its format, so none of it is imported. Says where, as far as
 * the format allows: line and column of a JSON file, record (the header is record 1) and line
 * of a CSV file.
 */
@ApplicationException(rollback = true)
public class UnreadableFile extends RuntimeException {

    private final Long line;
    private final Long column;
    private final Long record;

    UnreadableFile(String message, Long line, Long column, Long record) {
        super(message);
        this.line = line;
        this.column = column;
        this.record = record;
    }

    public Long line() {
        return line;
    }

    public Long column() {
        return column;
    }

    public Long record() {
        return record;
    }
}
