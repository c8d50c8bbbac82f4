package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.shared.NormalizedName;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Imports of the real World Bank export through the API: the report, the accounts and projects
 * it leaves, a re-import, files that are cut short or of no known format, and who may do what.
 */
@ClientTest
class ImportsApiIT {

    private final Api am = Api.as("am");
    private final Api admin = Api.as("admin");

    @Test
    void importsTheRealExportAndAReimportCreatesNothingNew() throws IOException {
        byte[] export = Files.readAllBytes(Fixtures.worldBankProjects());
        JsonArray rows = Json.createReader(new StringReader(new String(export, StandardCharsets.UTF_8))).readArray();
        Map<String, JsonObject> importable = new HashMap<>();
        Map<Long, String> rejectedFields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.getJsonObject(i);
            String agency = row.getString("impagency", "").strip();
            if (agency.isEmpty()) {
                rejectedFields.put(i + 1L, "impagency");
            } else if (alpha3(row.getString("countrycode")) == null) {
                rejectedFields.put(i + 1L, "countrycode");
            } else {
                importable.put(row.getString("id"), row);
            }
        }

        Api.Answer started = am.upload("/api/imports", "world_bank_projects.json", export);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().getString("state")).isIn("QUEUED", "RUNNING", "DONE");
        assertThat(started.json().getString("format")).isEqualTo("JSON");
        assertThat(started.header("Location")).endsWith("/api/imports/" + started.json().getJsonNumber("id").longValue());
        JsonObject first = Fixtures.awaitImport(am, started);

        assertThat(first.getString("state")).as(first.toString()).isEqualTo("DONE");
        assertThat(first.getJsonObject("progress").getInt("done")).isEqualTo(rows.size());
        assertThat(first.getJsonObject("progress").getInt("total")).isEqualTo(rows.size());
        JsonObject report = first.getJsonObject("report");
        assertThat(report.getInt("projectsCreated")).isEqualTo(importable.size());
        assertThat(report.getInt("accountsCreated")).isPositive();
        List<JsonObject> rejected = report.getJsonArray("rejected").getValuesAs(JsonObject.class);
        assertThat(rejected).hasSize(rejectedFields.size());
        for (JsonObject rejection : rejected) {
            long row = rejection.getJsonNumber("row").longValue();
            assertThat(rejection.getString("field")).as("row " + row).isEqualTo(rejectedFields.get(row));
            assertThat(rejection.getString("message")).isNotBlank();
            if (rows.getJsonObject((int) row - 1).getString("countrycode").matches("[0-9].")
                    && rejection.getString("field").equals("countrycode")) {
                assertThat(rejection.getString("code")).isEqualTo("not_a_country");
            }
        }
        assertThat(rejected).extracting(r -> r.getString("code")).contains("required", "not_a_country");

        Map<String, JsonObject> projects = allProjects();
        assertThat(projects.keySet()).containsAll(importable.keySet());
        for (JsonObject row : importable.values()) {
            JsonObject project = projects.get(row.getString("id"));
            assertThat(project.getString("country")).isEqualTo(alpha3(row.getString("countrycode")));
            assertThat(NormalizedName.of(project.getJsonObject("owner").getString("name")))
                    .as(row.getString("id")).isEqualTo(NormalizedName.of(row.getString("impagency")));
        }
        assertNoTwoAccountsShareANameInACountry();

        JsonObject ethiopia = admin.get("/api/projects/" + projects.get("P129828").getJsonNumber("id").longValue()).json();
        assertThat(ethiopia.getJsonObject("commitment")).isEqualTo(Json.createObjectBuilder()
                .add("amount", "130000000.00").add("currency", "USD").build());
        assertThat(ethiopia.getString("approvedOn")).isEqualTo("2013-11-12");
        assertThat(ethiopia.getString("closesOn")).isEqualTo("2018-07-07");
        assertThat(ethiopia.getString("status")).isEqualTo("ACTIVE");
        assertThat(ethiopia.getJsonArray("sectors").getValuesAs(JsonObject.class))
                .extracting(s -> s.getInt("percent")).containsExactly(46, 26, 16, 12);
        assertThat(ethiopia.getJsonObject("borrower").getString("name")).isEqualTo("FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA");
        long ministry = ethiopia.getJsonObject("owner").getJsonNumber("id").longValue();
        Api.Answer owner = am.get("/api/accounts/" + ministry);
        assertThat(owner.status()).as("the importing account manager leads the accounts it created").isEqualTo(200);
        assertThat(owner.json().getString("agencyType")).isEqualTo("MINISTRY");
        assertThat(owner.json().getString("country")).isEqualTo("ETH");
        JsonObject created = am.get("/api/accounts/" + ministry + "/history").structure().asJsonArray().getJsonObject(0);
        assertThat(created.getString("username")).as("the background job audits as the importing user").isEqualTo("am");
        Api.Answer ownersProjects = am.get("/api/projects?account=" + ministry + "&size=100");
        assertThat(ownersProjects.status()).isEqualTo(200);
        assertThat(ownersProjects.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("externalId")).contains("P129828");

        long accountsBefore = total("/api/accounts");
        JsonObject second = Fixtures.awaitImport(am, am.upload("/api/imports", "again.json", export));
        assertThat(second.getString("state")).isEqualTo("DONE");
        JsonObject again = second.getJsonObject("report");
        assertThat(again.getInt("accountsCreated")).isZero();
        assertThat(again.getInt("projectsCreated")).isZero();
        assertThat(again.getInt("projectsUpdated")).isEqualTo(importable.size());
        assertThat(again.getInt("accountsMatched")).isPositive();
        assertThat(total("/api/accounts")).isEqualTo(accountsBefore);
        assertThat(allProjects()).hasSameSizeAs(projects);
    }

    @Test
    void aFileCutInTheMiddleIsRejectedWholeWithThePosition() throws IOException {
        byte[] export = Files.readAllBytes(Fixtures.worldBankProjects());
        byte[] truncated = Arrays.copyOf(export, export.length / 2);
        long accountsBefore = total("/api/accounts");
        long projectsBefore = total("/api/projects");

        Api.Answer started = am.upload("/api/imports", "truncated.json", truncated);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject failed = Fixtures.awaitImport(am, started);

        assertThat(failed.getString("state")).isEqualTo("FAILED");
        JsonObject failure = failed.getJsonObject("failure");
        assertThat(failure.getJsonNumber("line").longValue()).isEqualTo(1);
        assertThat(failure.getJsonNumber("column").longValue()).isGreaterThan(truncated.length / 2);
        assertThat(failure.getString("message")).contains("line 1, column");
        assertThat(failed.getJsonObject("report").getInt("projectsCreated")).isZero();
        assertThat(total("/api/accounts")).isEqualTo(accountsBefore);
        assertThat(total("/api/projects")).isEqualTo(projectsBefore);
    }

    @Test
    void aCsvExportImportsRowByRowAndTellsWhichRowsItRejected() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String csv = """
                id,project_name,countrycode,impagency,borrower,totalcommamt,boardapprovaldate,closingdate,status,sector1_name,sector1_percent
                PIT%1$s,"Coastal Road, Phase 1",KE,Coast Roads Authority %1$s,Republic of Kenya %1$s,1500000.5,2015-03-02T00:00:00Z,,Active,Roads,100
                PIU%1$s,Regional Corridor,3A,Corridor Agency %1$s,,1,2015-03-02T00:00:00Z,,Active,,
                PIV%1$s,Dam,KE,Water Agency %1$s,,1,2015-02-30T00:00:00Z,,Active,,
                PIW%1$s,Schools,KE,,,1,2015-03-02T00:00:00Z,,Active,,
                """.formatted(suffix);

        JsonObject done = Fixtures.awaitImport(am, am.upload("/api/imports", "projects.txt", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(done.getString("format")).isEqualTo("CSV");
        assertThat(done.getString("state")).isEqualTo("DONE");
        JsonObject report = done.getJsonObject("report");
        assertThat(report.getInt("projectsCreated")).isEqualTo(1);
        assertThat(report.getInt("accountsCreated")).isEqualTo(2);
        assertThat(report.getJsonArray("rejected").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("row").longValue() + " " + r.getString("field") + " " + r.getString("code"))
                .containsExactly("2 countrycode not_a_country", "3 boardapprovaldate invalid_date", "4 impagency required");

        long importId = done.getJsonNumber("id").longValue();
        assertProblem(Api.as("bid").get("/api/imports/" + importId), 404);
        assertProblem(Api.as("exec").get("/api/imports/" + importId), 404);
        assertThat(admin.get("/api/imports/" + importId).status()).isEqualTo(200);
        assertThat(importIdsListedFor(am)).as("the starter's list, newest first").first().isEqualTo(importId);
        assertThat(importIdsListedFor(admin)).contains(importId);
        assertThat(importIdsListedFor(Api.as("bid"))).doesNotContain(importId);
        assertProblem(am.get("/api/imports?size=0"), 400);

        JsonObject project = Api.as("am").get("/api/projects?size=100&account="
                + accountIdNamed("Coast Roads Authority " + suffix)).json().getJsonArray("items").getJsonObject(0);
        assertThat(project.getString("name")).isEqualTo("Coastal Road, Phase 1");
        assertThat(project.getJsonObject("commitment").getString("amount")).isEqualTo("1500000.50");
        long projectId = project.getJsonNumber("id").longValue();
        assertThat(am.get("/api/projects/" + projectId).status()).isEqualTo(200);
        assertProblem(Api.as("pm").get("/api/projects/" + projectId), 404);
        assertProblem(Api.as("pm").get("/api/projects?account=" + project.getJsonObject("owner").getJsonNumber("id")), 404);
        assertThat(Api.as("pm").get("/api/projects?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("externalId", "")).doesNotContain("PIT" + suffix);
    }

    @Test
    void filesOfNoKnownFormatOrEncodingAreRefusedBeforeAnythingIsStored() {
        Api.Answer prose = am.upload("/api/imports", "projects.json", "Dear colleagues,\nthe projects.\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(prose, 400);
        assertThat(prose.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("unsupported_format");

        Api.Answer latin1 = am.upload("/api/imports", "projects.json",
                "[{\"impagency\": \"Minist\u00e8re de l'\u00c9ducation\"}]".getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(latin1, 400);
        assertThat(latin1.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("wrong_encoding");

        assertProblem(am.send("POST", "/api/imports", "application/json", HttpRequest.BodyPublishers.ofString("[]")), 415);
    }

    @Test
    void anUploadOverOneHundredMegabytesIs413ButOtherBodiesKeepTheirLimit() {
        long length = 101L * 1024 * 1024;
        HttpRequest.BodyPublisher huge = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> zeros(length)), length);
        assertProblem(am.sendExpectingContinue("POST", "/api/imports", "multipart/form-data; boundary=x", huge), 413);

        byte[] threeMegabytes = ("[" + " ".repeat(3 * 1024 * 1024) + "]").getBytes(StandardCharsets.UTF_8);
        assertProblem(am.sendExpectingContinue("POST", "/api/accounts", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(threeMegabytes)), 413);
    }

    @Test
    void onlyAccountManagersAndAdministratorsImport() {
        byte[] csv = "id,project_name,countrycode,impagency\n".getBytes(StandardCharsets.UTF_8);
        for (String user : new String[] {"bid", "viewer", "pm", "exec"}) {
            assertProblem(Api.as(user).upload("/api/imports", "projects.csv", csv), 403);
        }
        assertThat(admin.upload("/api/imports", "projects.csv", csv).status()).isEqualTo(202);
    }

    /** {@code length} zero bytes, made as they are read. */
    private static InputStream zeros(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    /** The ISO alpha-3 code of an alpha-2 one, or null for a region or unknown code. */
    /** What the importer must make of the export's country codes, the World Bank's own ones included. */
    private static String alpha3(String alpha2) {
        Map<String, String> worldBankCodes = Map.of("RY", "YEM", "ZR", "COD", "GZ", "PSE", "TP", "TLS", "YF", "SRB", "XK", "XKX");
        if (worldBankCodes.containsKey(alpha2)) {
            return worldBankCodes.get(alpha2);
        }
        if (alpha2 == null || !alpha2.matches("[A-Z]{2}")) {
            return null;
        }
        try {
            String alpha3 = new Locale("", alpha2).getISO3Country();
            return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).contains(alpha3) ? alpha3 : null;
        } catch (MissingResourceException unknown) {
            return null;
        }
    }

    private static List<Long> importIdsListedFor(Api user) {
        Api.Answer listed = user.get("/api/imports?size=100");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    /** The imported projects (those Pylon started have no external id) by their financier's id. */
    private Map<String, JsonObject> allProjects() {
        Map<String, JsonObject> byExternalId = new HashMap<>();
        for (JsonObject project : all("/api/projects")) {
            if (!project.containsKey("externalId")) {
                continue;
            }
            assertThat(byExternalId.put(project.getString("externalId"), project)).as("one project per external id").isNull();
        }
        return byExternalId;
    }

    private void assertNoTwoAccountsShareANameInACountry() {
        Set<String> seen = new HashSet<>();
        for (JsonObject account : all("/api/accounts")) {
            String key = account.getString("country") + " " + NormalizedName.of(account.getString("name"));
            assertThat(seen.add(key)).as("a second account " + key).isTrue();
        }
    }

    private long accountIdNamed(String name) {
        JsonObject found = am.get("/api/accounts?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json();
        assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
        return found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Every item of a list, as the administrator sees it, page by page. */
    private List<JsonObject> all(String path) {
        List<JsonObject> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject answer = admin.get(path + "?size=100&page=" + page).json();
            List<JsonObject> pageItems = answer.getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
            items.addAll(pageItems);
            if (pageItems.isEmpty() || items.size() >= answer.getJsonNumber("total").longValue()) {
                return items;
            }
        }
    }

    private long total(String path) {
        return admin.get(path + "?size=1").json().getJsonNumber("total").longValue();
    }
}
