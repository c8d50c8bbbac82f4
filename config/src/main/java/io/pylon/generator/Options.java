package io.pylon.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The command line: which database, how much to generate, and the seed. */
record Options(String url, String user, String password, Sizes sizes, long seed) {

    /** Fixed, so that two runs on the same day and the same database state write the same data. */
    static final long DEFAULT_SEED = 6;

    static final String USAGE = """
            usage: Generate --url JDBC_URL [--user USER] [--password PASSWORD]
                            --accounts N --projects N --interactions N [--seed N]
            Fills a database Pylon has migrated (H2 or PostgreSQL) with a synthetic portfolio beside what it holds.
              --accounts      agencies, 1 to 1,000,000
              --projects      projects, 1 to 10,000,000 and at most 1,000 per account
              --interactions  interactions, 1 to 100,000,000
              --seed          the random seed, default 6: the same seed writes the same data
            Everything else (contacts, opportunities, gates, invoices...) follows from these sizes.""";

    private static final Set<String> KNOWN = Set.of("--url", "--user", "--password", "--accounts", "--projects",
            "--interactions", "--seed");

    /** The options, or a refusal saying in one line what is wrong with them. */
    static Options parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!KNOWN.contains(name)) {
                throw new Refusal("unknown option " + name + " (--help lists them)");
            }
            if (i + 1 >= args.length) {
                throw new Refusal(name + " needs a value");
            }
            if (given.put(name, args[i + 1]) != null) {
                throw new Refusal(name + " is given twice");
            }
        }
        String url = given.get("--url");
        if (url == null) {
            throw new Refusal("--url is required: the JDBC URL of the database to fill");
        }
        Sizes sizes = new Sizes(size(given, "--accounts", Sizes.MAX_ACCOUNTS),
                size(given, "--projects", Sizes.MAX_PROJECTS), size(given, "--interactions", Sizes.MAX_INTERACTIONS));
        String seed = given.get("--seed");
        return new Options(url, given.get("--user"), given.get("--password"), sizes,
                seed == null ? DEFAULT_SEED : number(seed, "--seed must be a whole number, not '" + seed + "'"));
    }

    private static int size(Map<String, String> given, String name, int highest) {
        String value = given.get(name);
        String rule = String.format("%s must be a whole number from 1 to %,d", name, highest);
        if (value == null) {
            throw new Refusal(rule + "; it is required");
        }
        long size = number(value, rule + ", not '" + value + "'");
        if (size < 1 || size > highest) {
            throw new Refusal(String.format("%s, not %,d", rule, size));
        }
        return (int) size;
    }

    private static long number(String value, String refusal) {
        if (!value.matches("-?\\d{1,18}")) {
            throw new Refusal(refusal);
        }
        return Long.parseLong(value);
    }

    /**
     * A connection in manual commit mode. PostgreSQL's driver sends a batch of inserts as one statement per batch only
     * when asked to ({@code reWriteBatchedInserts}), which makes loading several times faster.
     */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        Connection connection = DriverManager.getConnection(url, properties);
        connection.setAutoCommit(false);
        return connection;
    }
}
