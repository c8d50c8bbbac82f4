package io.pylon.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and how Pylon runs. Each setting is read from a {@code -D} system property, then from
 * the environment variable of the same name in upper case with underscores
 * ({@code pylon.db.url} or {@code PYLON_DB_URL}), then falls back to its default.
 */
public record Settings(Path payaraHome, Path domainsDir, String domainName, Path ear, int httpPort,
                       Database database, boolean demo, boolean resetDatabase) {

    /** The JDBC connection; an H2 file database unless a PostgreSQL URL is given. */
    public record Database(String url, String user, String password) {

        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql:");
        }

        String dataSourceClass() {
            return isPostgres() ? "org.postgresql.ds.PGSimpleDataSource" : "org.h2.jdbcx.JdbcDataSource";
        }
    }

    /**
     * H2 otherwise writes a commit to its file up to half a second later: a server stopped at
     * once (a restart, a kill) would lose what it had just confirmed to a user.
     */
    static final String H2_OPTIONS = ";WRITE_DELAY=0";

    public static Settings fromEnvironment() {
        Path dataDir = Path.of(read("pylon.data.dir").orElse(
                Path.of(System.getProperty("user.home"), ".pylon", "data").toString())).toAbsolutePath();
        Optional<String> url = read("pylon.db.url");
        Database database = new Database(
                url.orElse("jdbc:h2:file:" + dataDir.resolve("pylon") + H2_OPTIONS),
                read("pylon.db.user").orElse("pylon"),
                read("pylon.db.password").orElse(url.isPresent() ? "" : "pylon"));
        boolean demo = read("pylon.demo").map(Boolean::parseBoolean).orElse(!database.isPostgres());
        return new Settings(
                Path.of(required("pylon.payara.home")).toAbsolutePath(),
                Path.of(required("pylon.domains.dir")).toAbsolutePath(),
                read("pylon.domain").orElse("pylon"),
                read("pylon.ear").map(Path::of).map(Path::toAbsolutePath).orElse(null),
                Integer.parseInt(read("pylon.http.port").orElse("8080")),
                database,
                demo,
                read("pylon.db.reset").map(Boolean::parseBoolean).orElse(false));
    }

    /** Payara numbers every port of a domain from one base; ours puts HTTP on {@link #httpPort}. */
    public int portBase() {
        return httpPort - 80;
    }

    public int adminPort() {
        return portBase() + 48;
    }

    public Path domainDir() {
        return domainsDir.resolve(domainName);
    }

    static Optional<String> read(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String required(String name) {
        return read(name).orElseThrow(() -> new IllegalStateException("setting " + name + " is missing"));
    }
}
