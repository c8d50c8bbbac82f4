package io.pylon.config;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prepares a Payara domain from the command files in this module and runs Pylon on it.
 * <ul>
 *   <li>{@code run}: a fresh domain, the EAR deployed, the log shown until Ctrl-C, which stops the
 *       domain cleanly;</li>
 *   <li>{@code start}: a fresh domain for the system tests, left running (the tests deploy the EAR);</li>
 *   <li>{@code stop}: stops that domain.</li>
 * </ul>
 * The domain lives under the build directory and is recreated on each start; the data lives in
 * the database, which is outside it.
 */
public final class PylonServer {

    private final Settings settings;
    private final Asadmin asadmin;

    PylonServer(Settings settings) {
        this.settings = settings;
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PYLON_DEMO", String.valueOf(settings.demo()));
        environment.put("AS_JAVA", System.getProperty("java.home"));
        Settings.read("pylon.admin.username").ifPresent(value -> environment.put("PYLON_ADMIN_USERNAME", value));
        Settings.read("pylon.admin.password").ifPresent(value -> environment.put("PYLON_ADMIN_PASSWORD", value));
        this.asadmin = new Asadmin(settings.payaraHome(), environment);
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "run" : args[0];
        PylonServer server = new PylonServer(Settings.fromEnvironment());
        switch (mode) {
            case "run" -> server.run();
            case "start" -> server.start();
            case "stop" -> server.stop();
            default -> throw new IllegalArgumentException("usage: PylonServer run|start|stop");
        }
    }

    void run() throws InterruptedException {
        start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "pylon-stop"));
        asadmin.run("--port", String.valueOf(settings.adminPort()), "deploy", "--name", "pylon", "--force", "true",
                settings.ear().toString());
        printWelcome();
        followLog();
    }

    void start() {
        stop();
        deleteDomain();
        if (settings.resetDatabase()) {
            resetDatabase();
        }
        asadmin.run("create-domain", "--nopassword", "--domaindir", settings.domainsDir().toString(),
                "--portbase", String.valueOf(settings.portBase()), "--checkports", "true", settings.domainName());
        copyDriver(org.h2.Driver.class);
        copyDriver(org.postgresql.Driver.class);
        asadmin.run("start-domain", "--domaindir", settings.domainsDir().toString(), settings.domainName());
        Path commands = CommandFile.write(CommandFile.render("domain.asadmin", domainValues()),
                settings.domainDir().resolve("pylon-domain.asadmin"));
        asadmin.run("--port", String.valueOf(settings.adminPort()), "multimode", "--file", commands.toString());
        asadmin.run("restart-domain", "--domaindir", settings.domainsDir().toString(), settings.domainName());
    }

    void stop() {
        if (Files.isDirectory(settings.domainDir())) {
            asadmin.exitCodeOf("stop-domain", "--domaindir", settings.domainsDir().toString(), settings.domainName());
        }
    }

    private Map<String, String> domainValues() {
        Settings.Database db = settings.database();
        Map<String, String> pool = new LinkedHashMap<>();
        pool.put("url", db.url());
        pool.put("user", db.user());
        // The pool insists on a password credential; "()" is how GlassFish writes an empty one.
        pool.put("password", db.password().isEmpty() ? "()" : db.password());
        return Map.of(
                "db.datasource", db.dataSourceClass(),
                "db.properties", CommandFile.properties(pool),
                "domain.tmp", temporaryDirectory().toString());
    }

    private void printWelcome() {
        String url = "http://localhost:" + settings.httpPort() + "/";
        System.out.println();
        System.out.println("==============================================================");
        System.out.println(" Pylon is running: " + url);
        System.out.println(" API: " + url + "api   OpenAPI: " + url + "openapi   Health: " + url + "health");
        System.out.println(" Database: " + settings.database().url());
        if (settings.demo()) {
            System.out.println(" Demo logins (password pylon-demo): admin, exec, am, bid, pm, viewer");
        } else {
            System.out.println(" Sign in with the first administrator (pylon.admin.username / pylon.admin.password)");
        }
        System.out.println(" Stop with Ctrl-C.");
        System.out.println("==============================================================");
        System.out.println();
    }

    /** Shows the server log as it grows, so that the terminal tells what the server does. */
    private void followLog() throws InterruptedException {
        Path log = settings.domainDir().resolve("logs").resolve("server.log");
        long position = log.toFile().length();
        while (true) {
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                if (file.length() < position) {
                    position = 0; // rotated
                }
                file.seek(position);
                byte[] fresh = new byte[(int) (file.length() - position)];
                file.readFully(fresh);
                position += fresh.length;
                System.out.print(new String(fresh, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(500);
        }
    }

    private void deleteDomain() {
        Path dir = settings.domainDir();
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path temporaryDirectory() {
        try {
            return Files.createDirectories(settings.domainDir().resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connection pool loads its driver from the domain's lib directory. */
    private void copyDriver(Class<?> driver) {
        try {
            Path jar = Path.of(driver.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = Files.createDirectories(settings.domainDir().resolve("lib"));
            Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For the tests: an empty database, so that every run starts from the same state. */
    private void resetDatabase() {
        Settings.Database db = settings.database();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            if (db.isPostgres()) {
                statement.execute("drop schema if exists public cascade");
                statement.execute("create schema public");
            } else {
                statement.execute("drop all objects");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the database at " + db.url(), e);
        }
    }
}
