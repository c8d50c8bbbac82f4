package io.pylon.generator;

import java.sql.Connection;
import java.sql.SQLException;

/** The database being filled, as the writers need it: the connection, what kind it is, and the progress to report. */
record Database(Connection connection, Dialect dialect, Progress progress) {

    Inserts inserts() {
        return new Inserts(connection, progress);
    }

    IdBlocks ids(String table) throws SQLException {
        return new IdBlocks(connection, dialect, table);
    }
}
