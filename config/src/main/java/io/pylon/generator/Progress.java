package io.pylon.generator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * What the generator has written so far, table by table: a line when a table passes another tenth of what is planned
 * for it (at most one a second, and always its last), or after five seconds without one; and a summary at the end.
 */
final class Progress {

    private static final long QUIET_NANOS = 5_000_000_000L;
    private static final long BUSY_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long started;
    private final List<Table> tables = new ArrayList<>();

    Progress(PrintStream out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    Table table(String name, long planned) {
        Table table = new Table(name, planned);
        tables.add(table);
        return table;
    }

    void note(String line) {
        out.println(line);
    }

    /** Rows per table and in all, and how long it took. */
    void summary(long seed) {
        double seconds = seconds(nanoTime.getAsLong() - started);
        long total = tables.stream().mapToLong(table -> table.written).sum();
        out.printf("Generated %,d rows in %d tables in %s (seed %d):%n", total, tables.size(), duration(seconds), seed);
        out.printf("  %-30s %13s %9s%n", "table", "rows", "seconds");
        for (Table table : tables) {
            out.printf("  %-30s %,13d %9.1f%n", table.name, table.written, seconds(table.busyNanos()));
        }
        out.printf("  %-30s %,13d %9.1f   %,.0f rows/s%n", "total", total, seconds, total / Math.max(seconds, 0.001));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String duration(double seconds) {
        long whole = Math.round(seconds);
        return whole < 60 ? String.format("%.1f s", seconds) : String.format("%d min %d s", whole / 60, whole % 60);
    }

    /** One table's rows, written against planned. */
    final class Table {

        private final String name;
        private final long planned;
        private final long opened;
        private long written;
        private long lastWrite;
        private long lastLine;
        private long lastTenth;

        private Table(String name, long planned) {
            this.name = name;
            this.planned = planned;
            this.opened = nanoTime.getAsLong();
            this.lastWrite = opened;
            this.lastLine = opened;
        }

        void written(long rows) {
            long now = nanoTime.getAsLong();
            written += rows;
            lastWrite = now;
            long tenth = planned == 0 ? 10 : Math.min(10, written * 10 / planned);
            boolean done = written >= planned;
            if (done || now - lastLine >= QUIET_NANOS || (tenth > lastTenth && now - lastLine >= BUSY_NANOS)) {
                lastTenth = tenth;
                lastLine = now;
                long percent = planned == 0 ? 100 : written * 100 / planned;
                out.printf("  %-30s %,13d / %,13d %4d %% %,10.0f rows/s%n", name, written, planned, percent,
                        written / Math.max(seconds(busyNanos()), 0.001));
            }
        }

        /** From opening the table to its last rows: with the tables opened beside it, as they are written together. */
        private long busyNanos() {
            return lastWrite - opened;
        }
    }
}
