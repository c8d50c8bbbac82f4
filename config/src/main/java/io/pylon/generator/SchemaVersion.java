package io.pylon.generator;

import io.pylon.project.GateTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Flyway schema version, such as 20 or 1.2, compared part by part as numbers. The generator writes the schema of the
 * newest migration in the model it was built with ({@link #ofModel()}), so it runs only on a database Flyway has
 * brought exactly there ({@link #requireCurrent}).
 */
record SchemaVersion(List<Integer> parts) implements Comparable<SchemaVersion> {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    private static final String MIGRATIONS = "db/migration";
    private static final String START_PYLON = "start Pylon once against this database so it creates its schema";

    static SchemaVersion parse(String version) {
        return new SchemaVersion(Arrays.stream(version.split("[._]")).map(Integer::valueOf).toList());
    }

    /** The newest migration in the model jar (or its classes, in a build). */
    static SchemaVersion ofModel() {
        URL migrations = GateTemplates.class.getClassLoader().getResource(MIGRATIONS);
        if (migrations == null) {
            throw new IllegalStateException("the model's migrations are not on the class path");
        }
        try {
            URI location = migrations.toURI();
            if (!"jar".equals(location.getScheme())) {
                return newest(Path.of(location));
            }
            try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                return newest(jar.getPath(MIGRATIONS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model's migrations", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the model's migrations at " + migrations, e);
        }
    }

    private static SchemaVersion newest(Path migrations) throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matched -> parse(matched.group(1)))
                    .max(SchemaVersion::compareTo)
                    .orElseThrow(() -> new IllegalStateException("no migrations in " + migrations));
        }
    }

    /** Refuses a database whose schema Flyway has not brought to {@code expected}. */
    static void requireCurrent(Connection connection, SchemaVersion expected) throws SQLException {
        SchemaVersion applied = applied(connection).orElseThrow(() -> new Refusal(
                "the database has no schema yet (no flyway_schema_history): " + START_PYLON));
        if (applied.compareTo(expected) < 0) {
            throw new Refusal("the database's schema is at version " + applied + ", this generator writes version "
                    + expected + ": " + START_PYLON + " (Flyway migrates it at start-up)");
        }
        if (applied.compareTo(expected) > 0) {
            throw new Refusal("the database's schema is at version " + applied + ", newer than the version "
                    + expected + " this generator knows: build the generator from the same revision as that Pylon");
        }
    }

    /** The newest migration Flyway applied successfully; none without its history table or a failed migration. */
    private static Optional<SchemaVersion> applied(Connection connection) throws SQLException {
        try (ResultSet history = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!history.next()) {
                return Optional.empty();
            }
        }
        SchemaVersion newest = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null")) {
            while (rows.next()) {
                SchemaVersion version = parse(rows.getString(1));
                if (!rows.getBoolean(2)) {
                    throw new Refusal("migration " + version + " failed on this database: repair its schema first");
                }
                if (newest == null || version.compareTo(newest) > 0) {
                    newest = version;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    @Override
    public int compareTo(SchemaVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            int difference = Integer.compare(part(i), other.part(i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private int part(int index) {
        return index < parts.size() ? parts.get(index) : 0;
    }

    @Override
    public String toString() {
        return String.join(".", parts.stream().map(String::valueOf).toList());
    }
}
