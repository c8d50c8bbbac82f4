package io.pylon.imports;

import io.pylon.shared.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of the file that was not imported: its number (the first project of the file is row 1),
 * the field at fault, why as a {@link Reason}, and in words.
 */
@Embeddable
public class RejectedRow {

    static final int MAX_MESSAGE_LENGTH = 500;

    @Column(name = "file_row", nullable = false)
    private long row;

    @Column(length = 40)
    private String field;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private Reason reason;

    @Column(nullable = false, length = MAX_MESSAGE_LENGTH)
    private String message;

    protected RejectedRow() {
    }

    public RejectedRow(long row, String field, Reason reason, String message) {
        this.row = row;
        this.field = field;
        this.reason = reason;
        this.message = message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) : message;
    }

    public long row() {
        return row;
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }

    public String message() {
        return message;
    }
}
