package io.pylon.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the two databases Pylon runs on, for the generator: sequences, and tidying up after a load. */
enum Dialect {

    H2("H2") {
        @Override
        String nextValues(String sequence, int count) {
            return "select next value for " + sequence + " from system_range(1, " + count + ")";
        }

        @Override
        String restartAfter(String sequence, long lastUsed) {
            return "alter sequence " + sequence + " restart with " + (lastUsed + IdBlocks.ALLOCATION);
        }

        @Override
        String afterLoad() {
            return null;
        }
    },

    POSTGRESQL("PostgreSQL") {
        @Override
        String nextValues(String sequence, int count) {
            return "select nextval('" + sequence + "') from generate_series(1, " + count + ")";
        }

        @Override
        String restartAfter(String sequence, long lastUsed) {
            return "select setval('" + sequence + "', " + lastUsed + ")";
        }

        /** Statistics for the planner, which would otherwise plan the benchmark's queries for empty tables. */
        @Override
        String afterLoad() {
            return "analyze";
        }
    };

    private final String product;

    Dialect(String product) {
        this.product = product;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new Refusal("the database is " + product + ": Pylon runs on H2 and PostgreSQL only");
    }

    /** A query answering {@code count} values of the sequence, one per row. */
    abstract String nextValues(String sequence, int count);

    /** A statement after which the sequence's next value reserves the ids just above {@code lastUsed}. */
    abstract String restartAfter(String sequence, long lastUsed);

    /** A statement to run once everything is written, or null. */
    abstract String afterLoad();

    @Override
    public String toString() {
        return product;
    }
}
