package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The project lifecycle through REST: projects started from a template, criteria reviewed, gates decided. */
@ClientTest
class GatesApiIT {

    private final Api am = Api.as("am");
    private final Api exec = Api.as("exec");

    /** A project started by {@code am} for a new account of theirs: RAIL, EPC+F. */
    private static JsonObject newProject() {
        return Fixtures.newProject("Kenya Railways Lifecycle", "Nairobi commuter rail", "EPC_F");
    }

    private static String gates(JsonObject project) {
        return "/api/projects/" + project.getJsonNumber("id").longValue() + "/gates";
    }

    private JsonObject gate(JsonObject project, String code) {
        return am.get(gates(project)).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(gate -> gate.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static List<JsonObject> criteria(JsonObject gate, String kind) {
        return gate.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(criterion -> criterion.getString("kind").equals(kind)).toList();
    }

    private static String criterionPath(JsonObject project, JsonObject gate, JsonObject criterion) {
        return gates(project) + "/" + gate.getJsonNumber("id") + "/criteria/" + criterion.getJsonNumber("id");
    }

    private static String decisions(JsonObject project, JsonObject gate) {
        return gates(project) + "/" + gate.getJsonNumber("id") + "/decisions";
    }

    private static String decision(String decision, String rationale) {
        return "{\"decision\": \"%s\", \"rationale\": \"%s\"}".formatted(decision, rationale);
    }

    /** Clears every must-meet criterion of the gate: met as {@code am}. */
    private void meetAll(JsonObject project, JsonObject gate) {
        for (JsonObject criterion : criteria(gate, "MUST_MEET")) {
            Api.Answer met = am.put(criterionPath(project, gate, criterion), """
                    {"status": "MET", "note": "Done", "version": %d}""".formatted(criterion.getInt("version")));
            assertThat(met.status()).as(met.toString()).isEqualTo(200);
        }
    }

    @Test
    void aStartedProjectIsInPlanningWithG1NextAndItsGatesFromTheTemplate() {
        JsonObject project = newProject();
        assertThat(project.getString("phase")).isEqualTo("PLANNING");
        assertThat(project.getString("nextGate")).isEqualTo("G1");
        assertThat(project.getString("contractType")).isEqualTo("EPC_F");
        assertThat(am.get("/api/projects/" + project.getJsonNumber("id")).json()).isEqualTo(project);

        List<JsonObject> all = am.get(gates(project)).structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(all).extracting(gate -> gate.getString("code")).containsExactly("G0", "G1", "G2", "G3", "G4", "G5");
        assertThat(all).extracting(gate -> gate.getString("state"))
                .containsExactly("PASSED", "PENDING", "PENDING", "PENDING", "PENDING", "PENDING");
        assertThat(all).extracting(gate -> gate.getBoolean("next")).containsExactly(false, true, false, false, false, false);
        JsonObject g3 = all.get(3);
        assertThat(g3.getJsonArray("deciders").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("EXECUTIVE");
        assertThat(g3.getJsonArray("criteria").getValuesAs(JsonObject.class)).extracting(c -> c.getString("text"))
                .contains("Export-credit cover issued", "Land acquisition and resettlement plan approved");

        List<JsonObject> pursuit = am.get(decisions(project, all.get(0))).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(pursuit).hasSize(1);
        assertThat(pursuit.get(0).getString("decision")).isEqualTo("GO");
        assertThat(pursuit.get(0).getString("decidedBy")).isEqualTo("am");

        String inPlanning = "/api/projects?phase=PLANNING&size=100&account=" + project.getJsonObject("owner").getJsonNumber("id");
        assertThat(am.get(inPlanning).json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(am.get(inPlanning.replace("PLANNING", "DESIGN")).json().getJsonNumber("total").longValue()).isZero();
        assertFieldError(am.get("/api/projects?phase=SOMEDAY"), "phase", "not_allowed");
    }

    @Test
    void aGoIsRefusedNamingTheUnmetMustMeetCriteriaUntilTheyAreMetOrWaived() {
        JsonObject project = newProject();
        JsonObject g1 = gate(project, "G1");
        List<JsonObject> mustMeet = criteria(g1, "MUST_MEET");

        Api.Answer refused = exec.post(decisions(project, g1), decision("GO", "Bid for it"));
        assertProblem(refused, 409);
        Map<String, String> named = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
        assertThat(named).containsOnlyKeys(mustMeet.stream().map(c -> "criteria[" + c.getJsonNumber("id") + "]").toList())
                .containsValue("unmet");

        assertProblem(am.post(decisions(project, g1), decision("GO", "Bid for it")), 403);
        JsonObject first = mustMeet.get(0);
        assertProblem(am.put(criterionPath(project, g1, first) + "/waiver",
                "{\"reason\": \"Framework agreement\", \"version\": %d}".formatted(first.getInt("version"))), 403);
        Api.Answer waived = exec.put(criterionPath(project, g1, first) + "/waiver",
                "{\"reason\": \"Framework agreement\", \"version\": %d}".formatted(first.getInt("version")));
        assertThat(waived.status()).as(waived.toString()).isEqualTo(200);
        assertThat(waived.json().getString("status")).isEqualTo("WAIVED");
        assertThat(waived.json().getString("changedBy")).isEqualTo("exec");
        assertProblem(am.put(criterionPath(project, g1, first), """
                {"status": "MET", "version": %d}""".formatted(first.getInt("version"))), 409);

        meetAll(project, gate(project, "G1"));
        Api.Answer go = exec.post(decisions(project, g1), decision("GO", "Bid for it"));
        assertThat(go.status()).as(go.toString()).isEqualTo(201);
        assertThat(go.json().getString("decidedBy")).isEqualTo("exec");

        JsonObject after = am.get("/api/projects/" + project.getJsonNumber("id")).json();
        assertThat(after.getString("phase")).isEqualTo("DESIGN");
        assertThat(after.getString("nextGate")).isEqualTo("G2");
        assertThat(gate(project, "G1").getString("state")).isEqualTo("PASSED");
        assertProblem(exec.post(decisions(project, g1), decision("HOLD", "Again")), 409);
    }

    @Test
    void killEndsTheProjectAndRecycleOpensTheCriteriaAgain() {
        JsonObject project = newProject();
        JsonObject g1 = gate(project, "G1");
        meetAll(project, g1);
        Api.Answer recycled = exec.post(decisions(project, g1), decision("RECYCLE", "Scope changed"));
        assertThat(recycled.status()).as(recycled.toString()).isEqualTo(201);
        assertThat(gate(project, "G1").getJsonArray("criteria").getValuesAs(JsonObject.class))
                .allSatisfy(c -> assertThat(c.getString("status")).isEqualTo("OPEN"));

        assertThat(exec.post(decisions(project, g1), decision("KILL", "Tender cancelled")).status()).isEqualTo(201);
        JsonObject killed = am.get("/api/projects/" + project.getJsonNumber("id")).json();
        assertThat(killed.getBoolean("killed")).isTrue();
        assertThat(killed.containsKey("nextGate")).isFalse();
        assertProblem(exec.post(decisions(project, g1), decision("GO", "Revived")), 409);
        JsonObject criterion = criteria(gate(project, "G1"), "MUST_MEET").get(0);
        assertProblem(am.put(criterionPath(project, g1, criterion), """
                {"status": "MET", "version": %d}""".formatted(criterion.getInt("version"))), 409);
        assertThat(am.get(decisions(project, g1)).structure().asJsonArray()).extracting(d -> ((JsonObject) d)
                .getString("decision")).containsExactly("RECYCLE", "KILL");
    }

    @Test
    void ofTwoDecisionsAtOnceOnOneGateExactlyOneIsTaken() {
        JsonObject project = newProject();
        JsonObject g1 = gate(project, "G1");
        meetAll(project, g1);
        List<CompletableFuture<Integer>> racing = List.of("Go now", "Go at once").stream()
                .map(why -> CompletableFuture.supplyAsync(() -> Api.as("exec").post(decisions(project, g1),
                        decision("GO", why)).status()))
                .toList();
        List<Integer> statuses = racing.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(201, 409);
        assertThat(am.get(decisions(project, g1)).structure().asJsonArray()).hasSize(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        JsonObject project = newProject();
        JsonObject g1 = gate(project, "G1");
        assertFieldError(exec.post(decisions(project, g1), decision("MAYBE", "Hmm")), "decision", "not_allowed");
        assertFieldError(exec.post(decisions(project, g1), decision("GO", " ")), "rationale", "blank");
        assertFieldError(exec.post(decisions(project, g1), decision("CONDITIONAL_GO", "If funded")), "conditions",
                "required");
        assertFieldError(exec.post(decisions(project, g1), """
                {"decision": "CONDITIONAL_GO", "rationale": "If funded",
                 "conditions": [{"text": "Budget voted", "dueOn": "2027-02-30"}]}"""), "conditions[0].dueOn",
                "invalid_date");
        JsonObject scored = criteria(g1, "SHOULD_MEET").get(0);
        assertFieldError(am.put(criterionPath(project, g1, scored), """
                {"status": "MET", "score": 6, "version": %d}""".formatted(scored.getInt("version"))), "score",
                "out_of_range");
        assertFieldError(am.put(criterionPath(project, g1, scored), "{\"status\": \"MET\"}"), "version", "required");
        assertThat(am.get(decisions(project, g1)).structure().asJsonArray()).isEmpty();
        assertThat(gate(project, "G1")).isEqualTo(g1);

        String owner = project.getJsonObject("owner").getJsonNumber("id").toString();
        Api.Answer missing = am.post("/api/projects", "{\"ownerAccountId\": " + owner + ", \"sector\": \"SPACE\"}");
        assertFieldError(missing, "name", "blank");
        assertFieldError(missing, "country", "required");
        assertFieldError(missing, "sector", "not_allowed");
        assertFieldError(missing, "contractType", "required");
        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        assertFieldError(am.post("/api/projects", """
                {"name": "Addis ring road", "ownerAccountId": %d, "country": "ETH", "sector": "ROAD",
                 "contractType": "EPC"}""".formatted(ethiopianRoads)), "ownerAccountId", "unknown_reference");
    }

    @Test
    void gatesArePlannedInOrderAndMyGatesListsTheDueAndOverdueOnesOfTheProjectsILead() {
        JsonObject project = newProject();
        JsonObject g1 = gate(project, "G1");
        String plan = gates(project) + "/" + g1.getJsonNumber("id") + "/plan";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertFieldError(am.put(plan, "{\"plannedOn\": \"%s\", \"version\": %d}".formatted(today.minusDays(1),
                g1.getInt("version"))), "plannedOn", "out_of_range");
        assertFieldError(am.put(plan, "{\"plannedOn\": \"2027-02-30\", \"version\": 0}"), "plannedOn", "invalid_date");
        Api.Answer planned = am.put(plan, "{\"plannedOn\": \"%s\", \"version\": %d}".formatted(today.plusDays(10),
                g1.getInt("version")));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        assertThat(planned.json().getString("plannedOn")).isEqualTo(today.plusDays(10).toString());
        assertThat(planned.json().getInt("slippageDays")).isZero();
        assertProblem(am.put(plan, "{\"plannedOn\": \"%s\", \"version\": %d}".formatted(today.plusDays(11),
                g1.getInt("version"))), 409);

        long owner = project.getJsonObject("owner").getJsonNumber("id").longValue();
        assertThat(mine("pm")).noneMatch(gate -> gate.getJsonNumber("projectId").longValue()
                == project.getJsonNumber("id").longValue());
        Api.Answer joined = am.put("/api/accounts/" + owner + "/team/pm", "{\"teamRole\": \"PROJECT_LEAD\"}");
        assertThat(joined.status()).as(joined.toString()).isIn(200, 201);
        JsonObject mine = mine("pm").stream().filter(gate -> gate.getJsonNumber("projectId").longValue()
                == project.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        assertThat(mine.getString("gate")).isEqualTo("G1");
        assertThat(mine.getInt("dueInDays")).isEqualTo(10);
        assertThat(mine.getInt("daysOverdue")).isZero();
        assertThat(mine("am")).as("am leads the account, not its projects").noneMatch(gate ->
                gate.getJsonNumber("projectId").longValue() == project.getJsonNumber("id").longValue());

        // The demo's Nairobi commuter rail project, led by pm, has its G1 overdue since 20 days.
        assertThat(mine("pm")).anySatisfy(gate -> {
            assertThat(gate.getString("projectName")).isEqualTo("Nairobi commuter rail upgrade");
            assertThat(gate.getInt("daysOverdue")).isEqualTo(20);
        });
    }

    private static List<JsonObject> mine(String user) {
        return Api.as(user).get("/api/me/gates").structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void evidenceIsStoredByteForByteAndItsTypeIsTakenFromItsBytes() throws Exception {
        JsonObject project = newProject();
        JsonObject g1 = gate(project, "G1");
        JsonObject criterion = criteria(g1, "MUST_MEET").get(0);
        String evidence = criterionPath(project, g1, criterion) + "/evidence";

        byte[] pdf = pdf();
        Api.Answer attached = am.upload(evidence, "Class 5 estimate, 估算.pdf", pdf);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertThat(attached.json().getString("contentType")).isEqualTo("application/pdf");
        assertThat(attached.json().getJsonNumber("sizeBytes").longValue()).isEqualTo(pdf.length);
        assertThat(attached.json().getString("sha256")).isEqualTo(HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        String location = attached.response().headers().firstValue("Location").orElseThrow().replaceFirst("^.*?/api/", "/api/");
        assertThat(Api.as("pm").download(location, "*/*").statusCode()).as("outside the team").isEqualTo(404);
        HttpResponse<byte[]> mine = am.download(location, "*/*");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).isEqualTo(pdf);
        assertThat(mine.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(mine.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename*=UTF-8''");

        assertThat(am.upload(evidence, "Taking stock.docx", docx()).json().getString("contentType"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(am.upload(evidence, "Site photo.png", png()).status()).isEqualTo(201);
        assertThat(criteria(gate(project, "G1"), "MUST_MEET").get(0).getJsonArray("evidence")).hasSize(3);

        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        assertFieldError(am.upload(evidence, "certificate.pdf", program), "file", "not_allowed");
        assertFieldError(am.upload(evidence, "certificate.pdf", png()), "file", "not_allowed");
        assertFieldError(am.upload(evidence, "empty.pdf", new byte[0]), "file", "required");
        // Refused on its declared length, before a byte of it is read.
        assertProblem(am.sendExpectingContinue("POST", evidence, "multipart/form-data; boundary=scan",
                HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024])), 413);
        assertProblem(Api.as("pm").upload(evidence, "scan.pdf", pdf), 404);
        assertThat(criteria(gate(project, "G1"), "MUST_MEET").get(0).getJsonArray("evidence")).as("nothing more stored")
                .hasSize(3);

        meetAll(project, gate(project, "G1"));
        assertThat(exec.post(decisions(project, g1), decision("GO", "Bid")).status()).isEqualTo(201);
        assertProblem(am.upload(evidence, "late.pdf", pdf), 409);
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB),
                "png", out);
        return out.toByteArray();
    }

    /** The smallest Word document: its content types first, as Word writes them. */
    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void onlyTheTeamAndTheRolesTheGateNamesActOnIt() {
        JsonObject project = newProject();
        String path = "/api/projects/" + project.getJsonNumber("id");
        assertProblem(Api.as("pm").get(path), 404);
        assertProblem(Api.as("pm").get(gates(project)), 404);
        JsonObject g1 = gate(project, "G1");
        assertProblem(Api.as("pm").post(decisions(project, g1), decision("GO", "Not mine")), 404);

        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        assertProblem(Api.as("viewer").post("/api/projects", """
                {"name": "Naivasha branch line", "ownerAccountId": %d, "country": "KEN", "sector": "RAIL",
                 "contractType": "EPC"}""".formatted(kenyaRailways)), 403);
        assertProblem(Api.as("admin").post(decisions(project, g1), decision("HOLD", "Admins run the system")), 403);
        assertThat(Api.as("admin").get(gates(project)).status()).isEqualTo(200);
    }
}
