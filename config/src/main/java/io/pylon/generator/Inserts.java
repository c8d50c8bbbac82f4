package io.pylon.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for a few tables written together, in JDBC batches and transactions of a reasonable size. Every
 * {@link #BATCH_ROWS} rows, whichever tables they are for, the batches of all the tables are sent in the order the
 * tables were opened, so that a row's parent (opened earlier) is always in the database before it; a transaction ends
 * every {@link #COMMIT_ROWS} rows and at the close.
 */
final class Inserts implements AutoCloseable {

    private static final int BATCH_ROWS = 1_000;
    private static final int COMMIT_ROWS = 50_000;

    private final Connection connection;
    private final Progress progress;
    private final List<Table> tables = new ArrayList<>();
    private long uncommitted;

    Inserts(Connection connection, Progress progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** A table to add rows to, with how many rows will go into it and the columns each row gives, in order. */
    Table into(String table, long planned, String... columns) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + "?, ".repeat(columns.length - 1) + "?)";
        Table opened = new Table(connection.prepareStatement(sql), columns.length, progress.table(table, planned));
        tables.add(opened);
        return opened;
    }

    private void added() throws SQLException {
        uncommitted++;
        if (uncommitted % BATCH_ROWS == 0) {
            send();
        }
        if (uncommitted >= COMMIT_ROWS) {
            send();
            connection.commit();
            uncommitted = 0;
        }
    }

    private void send() throws SQLException {
        for (Table table : tables) {
            table.send();
        }
    }

    @Override
    public void close() throws SQLException {
        send();
        connection.commit();
        for (Table table : tables) {
            table.statement.close();
        }
    }

    final class Table {

        private final PreparedStatement statement;
        private final int columns;
        private final Progress.Table progress;
        private int pending;

        private Table(PreparedStatement statement, int columns, Progress.Table progress) {
            this.statement = statement;
            this.columns = columns;
            this.progress = progress;
        }

        /** One row, its values in the order of the columns: numbers, text, dates, moments, booleans or null. */
        void row(Object... values) throws SQLException {
            if (values.length != columns) {
                throw new IllegalArgumentException(columns + " columns, " + values.length + " values");
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.addBatch();
            pending++;
            added();
        }

        private void send() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                progress.written(pending);
                pending = 0;
            }
        }
    }
}
