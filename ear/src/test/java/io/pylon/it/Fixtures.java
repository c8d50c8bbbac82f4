package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Accounts the system tests create or look up through the API, as a person would, and shared data they read. */
final class Fixtures {

    private static final Duration MAX_IMPORT_WAIT = Duration.ofSeconds(180);

    private Fixtures() {
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an account as {@code am}, who then leads its team. */
    static JsonObject newAccount(String prefix) {
        Api.Answer created = Api.as("am").post("/api/accounts", """
                {"name": "%s", "country": "KEN", "agencyType": "AGENCY", "sectors": ["RAIL"]}
                """.formatted(uniqueName(prefix)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /**
     * A Kenyan railway project started by {@code am} for a new account of theirs; {@code projectLeads} join the
     * account's team as PROJECT_LEAD.
     */
    static JsonObject newProject(String accountPrefix, String name, String contractType, String... projectLeads) {
        return newProjectIn("RAIL", accountPrefix, name, contractType, projectLeads);
    }

    /** As {@link #newProject}, of {@code sector}: a test that edits a sector's gate template starts its own. */
    static JsonObject newProjectIn(String sector, String accountPrefix, String name, String contractType,
                                   String... projectLeads) {
        Api am = Api.as("am");
        long owner = newAccount(accountPrefix).getJsonNumber("id").longValue();
        for (String lead : projectLeads) {
            Api.Answer joined = am.put("/api/accounts/" + owner + "/team/" + lead, "{\"teamRole\": \"PROJECT_LEAD\"}");
            assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        }
        Api.Answer started = am.post("/api/projects", """
                {"name": "%s", "ownerAccountId": %d, "country": "KEN", "sector": "%s", "contractType": "%s"}"""
                .formatted(name, owner, sector, contractType));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    /** The id of a demo account, found by an administrator. */
    static long demoAccountId(String name) {
        Api.Answer found = Api.as("admin").get("/api/accounts?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().getJsonNumber("total").longValue()).as("demo account " + name).isEqualTo(1);
        return found.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The World Bank export in the shared data beside the repository ({@code ../shared/data}). */
    static Path worldBankProjects() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared/data/world_bank_projects.json");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("shared/data/world_bank_projects.json not found above " + Path.of("").toAbsolutePath());
    }

    static String revision(JsonObject account, String newName) {
        return """
                {"name": "%s", "country": "%s", "agencyType": "%s", "version": %d}
                """.formatted(newName, account.getString("country"), account.getString("agencyType"),
                account.getJsonNumber("version").longValue());
    }

    /** Polls the import until it is DONE or FAILED, for at most {@link #MAX_IMPORT_WAIT}. */
    static JsonObject awaitImport(Api api, Api.Answer started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        String path = location.substring(location.indexOf("/api/"));
        Instant deadline = Instant.now().plus(MAX_IMPORT_WAIT);
        while (true) {
            Api.Answer polled = api.get(path);
            assertThat(polled.status()).as(polled.toString()).isEqualTo(200);
            String state = polled.json().getString("state");
            if (state.equals("DONE") || state.equals("FAILED")) {
                return polled.json();
            }
            assertThat(Instant.now()).as("import still " + state + " after " + MAX_IMPORT_WAIT).isBefore(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
