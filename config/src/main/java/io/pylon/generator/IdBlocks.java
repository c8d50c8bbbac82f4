package io.pylon.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ids for one table from its sequence, taken as Hibernate's pooled optimizer takes them: the entities allocate 50 at a
 * time and the sequences increment by 50, and a value v fetched from the sequence stands for the ids v - 49 to v. So
 * the generator takes blocks like one more instance of the application would: an id it uses is never handed out to
 * Pylon, not even to one running meanwhile, and when it is done each sequence is already past every id it used.
 * Ids already in the table above the sequence (rows written with ids of their own) are never reused: the sequence is
 * first moved past the highest.
 */
final class IdBlocks {

    static final int ALLOCATION = 50;
    /** Values fetched per query: 5,000 ids. */
    private static final int VALUES_PER_FETCH = 100;

    private final Connection connection;
    private final Dialect dialect;
    private final String sequence;
    private final long highestTaken;
    private final Deque<Long> blockEnds = new ArrayDeque<>();
    private long next;
    private long blockEnd = -1;

    IdBlocks(Connection connection, Dialect dialect, String table) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.sequence = table + "_seq";
        try (Statement statement = connection.createStatement();
             ResultSet highest = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            highest.next();
            this.highestTaken = highest.getLong(1);
        }
    }

    long next() throws SQLException {
        if (next > blockEnd) {
            takeBlock();
        }
        return next++;
    }

    private void takeBlock() throws SQLException {
        if (blockEnds.isEmpty()) {
            fetch();
            if (firstOf(blockEnds.peekFirst()) <= highestTaken) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(dialect.restartAfter(sequence, highestTaken));
                }
                blockEnds.clear();
                fetch();
            }
        }
        blockEnd = blockEnds.removeFirst();
        next = firstOf(blockEnd);
    }

    /** The first id of the block a sequence value ends; a new sequence's first value, 1, is the id 1 alone. */
    private static long firstOf(long blockEnd) {
        return Math.max(1, blockEnd - ALLOCATION + 1);
    }

    private void fetch() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet values = statement.executeQuery(dialect.nextValues(sequence, VALUES_PER_FETCH))) {
            while (values.next()) {
                blockEnds.add(values.getLong(1));
            }
        }
    }
}
