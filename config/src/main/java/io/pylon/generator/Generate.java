package io.pylon.generator;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;

/**
 * Fills a database Pylon has migrated with a synthetic portfolio of a chosen size (README, "Synthetic data"):
 * <pre>
 * Generate --url jdbc:postgresql://127.0.0.1:5432/bench --user postgres --accounts 5000 --projects 100000
 *          --interactions 1000000 [--seed 6]
 * </pre>
 * Exits with 0 when done, 2 when it refuses to start (the options or the database's schema; nothing is written
 * then), 1 when the database fails on the way.
 */
public final class Generate {

    static final int REFUSED = 2;
    static final int FAILED = 1;

    private Generate() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help")) {
            out.println(Options.USAGE);
            return 0;
        }
        try {
            Options options = Options.parse(args);
            try (Connection connection = options.connect()) {
                new PortfolioGenerator(options, Clock.systemUTC(), out).run(connection);
            }
            return 0;
        } catch (Refusal refusal) {
            err.println("generator: " + refusal.getMessage());
            return REFUSED;
        } catch (SQLException failure) {
            err.println("generator: the database failed: " + failure.getMessage());
            return FAILED;
        }
    }
}
