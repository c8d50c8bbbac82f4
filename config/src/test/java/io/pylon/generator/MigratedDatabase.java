package io.pylon.generator;

import io.pylon.security.Role;
import io.pylon.shared.SchemaDialect;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * A database as Pylon leaves it, for the generator's tests and benchmarks: migrated by Flyway from the model's
 * migrations with the placeholders {@code io.pylon.platform.Schema} gives, and holding the demo users with the demo
 * password, as after a start in demo mode.
 * <p>
 * Its {@code main} prepares a benchmark database (README, "Synthetic data"):
 * {@code MigratedDatabase jdbc:postgresql://127.0.0.1:5432/bench_portfolio postgres ""}.
 */
public final class MigratedDatabase {

    /** The demo users of io.pylon.demo.FirstUsers. */
    private static final List<String[]> DEMO_USERS = List.of(new String[] {"admin", "Ada Administrator", "ADMIN"},
            new String[] {"exec", "Elena Executive", "EXECUTIVE"},
            new String[] {"am", "Amir Account-Manager", "ACCOUNT_MANAGER"},
            new String[] {"bid", "Bao Bid-Manager", "BID_MANAGER"},
            new String[] {"pm", "Priya Project-Manager", "PROJECT_MANAGER"},
            new String[] {"viewer", "Victor Viewer", "VIEWER"});

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final String url;
    private final String user;
    private final String password;

    private MigratedDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws SQLException {
        MigratedDatabase database = migrated(args[0], args[1], args.length > 2 ? args[2] : "", null);
        database.addDemoUsers();
        System.out.println("Migrated " + args[0] + " and added the demo users");
    }

    /** A new in-memory H2 database, migrated to the newest version. */
    public static MigratedDatabase h2(String name) {
        return migrated(newH2(name), "sa", "", null);
    }

    /** A new in-memory H2 database, migrated up to {@code version} only. */
    public static MigratedDatabase h2UpTo(String name, String version) {
        return migrated(newH2(name), "sa", "", version);
    }

    /** A new in-memory H2 database without any schema. */
    public static MigratedDatabase emptyH2(String name) {
        return new MigratedDatabase(newH2(name), "sa", "");
    }

    /** The URL of an in-memory database no test used before, kept until the tests end. */
    private static String newH2(String name) {
        return "jdbc:h2:mem:" + name + "-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    private static MigratedDatabase migrated(String url, String user, String password, String target) {
        var configuration = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .placeholders(SchemaDialect.of(url).placeholders());
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
        return new MigratedDatabase(url, user, password);
    }

    public MigratedDatabase addDemoUsers() throws SQLException {
        try (Connection connection = connect()) {
            IdBlocks ids = new IdBlocks(connection, Dialect.of(connection), "app_user");
            try (PreparedStatement users = connection.prepareStatement("insert into app_user"
                    + " (id, version, username, display_name, password_hash, enabled) values (?, 0, ?, ?, ?, true)");
                 PreparedStatement roles = connection.prepareStatement(
                         "insert into user_role (user_id, role) values (?, ?)")) {
                for (String[] demo : DEMO_USERS) {
                    long id = ids.next();
                    users.setLong(1, id);
                    users.setString(2, demo[0]);
                    users.setString(3, demo[1]);
                    users.setString(4, Staff.DEMO_PASSWORD_HASH);
                    users.executeUpdate();
                    roles.setLong(1, id);
                    roles.setString(2, Role.valueOf(demo[2]).name());
                    roles.executeUpdate();
                }
            }
            connection.commit();
        }
        return this;
    }

    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        return connection;
    }

    /** Runs the generator on this database as its command line does. */
    public Run generate(String... sizesAndSeed) {
        List<String> args = new ArrayList<>(List.of("--url", url, "--user", user, "--password", password));
        args.addAll(List.of(sizesAndSeed));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Generate.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a run of the generator answered. */
    public record Run(int status, String out, String err) {
    }

    public long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The rows of a query, each as its columns' values: days as LocalDate, moments as Instant. */
    public List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    Object value = result.getObject(column);
                    row.add(value instanceof java.sql.Date day ? day.toLocalDate()
                            : value instanceof OffsetDateTime moment ? moment.toInstant() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
