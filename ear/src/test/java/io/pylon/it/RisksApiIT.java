package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A project's risk register and heat map through REST: numbering, ordering, revisions, and what is refused. */
@ClientTest
class RisksApiIT {

    private final Api am = Api.as("am");

    private static String risk(String event, Object probability, Object impact, String status) {
        return """
                {"cause": "Land acquisition for the marshalling yard is contested in court",
                 "event": "%s", "effect": "Track laying stops for up to six months",
                 "probability": %s, "impact": %s, "owner": "Wanjiru Kamau, land officer", "strategy": "MITIGATE",
                 "response": "Agree an interim access order with the county"%s}""".formatted(event, probability, impact,
                status == null ? "" : ", \"status\": \"" + status + "\"");
    }

    private String register() {
        JsonObject project = Fixtures.newProject("Kenya Railways Risks", "Naivasha inland depot", "EPC_F");
        return "/api/projects/" + project.getJsonNumber("id") + "/risks";
    }

    private static JsonObject cell(JsonObject heatMap, int probability, int impact) {
        return heatMap.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(cell -> cell.getInt("probability") == probability && cell.getInt("impact") == impact)
                .findFirst().orElseThrow();
    }

    @Test
    void raisesNumbersAndRevisesRisksAndDrawsTheOpenOnesOnTheHeatMap() {
        String risks = register();
        Api.Answer raised = am.post(risks, risk("Court injunction on the yard", 4, 5, null));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        JsonObject first = raised.json();
        assertThat(raised.header("Location")).endsWith(risks + "/" + first.getJsonNumber("id"));
        assertThat(first.getString("reference")).isEqualTo("R-1");
        assertThat(first.getInt("score")).isEqualTo(20);
        assertThat(first.getString("severity")).isEqualTo("VERY_HIGH");
        assertThat(first.getString("status")).isEqualTo("OPEN");
        assertThat(first.getString("raisedBy")).isEqualTo("am");
        JsonObject second = am.post(risks, risk("Rail steel delivered late", 2, 2, null)).json();
        assertThat(second.getString("reference")).isEqualTo("R-2");
        am.post(risks, risk("Flooding of the cutting", 5, 4, null));

        assertThat(am.get(risks).structure().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("reference")).containsExactly("R-1", "R-3", "R-2");
        JsonObject heatMap = am.get(risks + "/heat-map").json();
        assertThat(heatMap.getJsonArray("cells")).hasSize(25);
        assertThat(heatMap.getJsonArray("cells").getJsonObject(0).getInt("probability")).isEqualTo(5);
        assertThat(cell(heatMap, 4, 5).getInt("risks")).isEqualTo(1);
        assertThat(cell(heatMap, 2, 2).getString("severity")).isEqualTo("LOW");
        assertThat(heatMap.getInt("openRisks")).isEqualTo(3);
        assertThat(heatMap.getJsonObject("bySeverity").getInt("VERY_HIGH")).isEqualTo(2);

        String firstPath = risks + "/" + first.getJsonNumber("id");
        Api.Answer closed = am.put(firstPath, risk("Court injunction on the yard", 1, 5, "CLOSED")
                .replace("}", ", \"version\": " + first.getJsonNumber("version") + "}"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("severity")).isEqualTo("MEDIUM");
        heatMap = am.get(risks + "/heat-map").json();
        assertThat(heatMap.getInt("openRisks")).as("a closed risk leaves the map").isEqualTo(2);
        assertThat(cell(heatMap, 4, 5).getInt("risks")).isZero();
        assertThat(am.get(risks + "?status=CLOSED").structure().asJsonArray()).hasSize(1);

        List<JsonObject> history = am.get(firstPath + "/history").structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(history).extracting(change -> change.getString("change")).containsExactly("ADD", "MOD");
        assertThat(history).extracting(change -> change.getString("username")).containsOnly("am");
        assertThat(history.get(0).getJsonObject("state").getInt("probability")).isEqualTo(4);
        assertThat(history.get(1).getJsonObject("state").getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void risksRaisedAtOnceGetNumbersOfTheirOwn() {
        String risks = register();
        List<CompletableFuture<Api.Answer>> racing = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> am.post(risks, risk("Strike at the quarry " + i, 3, 3, null))))
                .toList();
        assertThat(racing.stream().map(CompletableFuture::join).map(Api.Answer::status)).containsOnly(201);
        assertThat(am.get(risks).structure().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("reference")).containsExactlyInAnyOrder("R-1", "R-2", "R-3", "R-4");
    }

    @Test
    void refusesRatingsOffTheScalesIncompleteStatementsAndStaleRevisions() {
        String risks = register();
        assertFieldError(am.post(risks, risk("Court injunction", 0, 3, null)), "probability", "out_of_range");
        assertFieldError(am.post(risks, risk("Court injunction", 6, 3, null)), "probability", "out_of_range");
        assertFieldError(am.post(risks, risk("Court injunction", 3, 9, null)), "impact", "out_of_range");
        assertFieldError(am.post(risks, risk("Court injunction", 3, "null", null)), "impact", "required");
        assertFieldError(am.post(risks, risk(" ", 3, 3, null)), "event", "blank");
        assertFieldError(am.post(risks, risk("x".repeat(1001), 3, 3, null)), "event", "too_long");
        assertFieldError(am.post(risks, risk("Court injunction", 3, 3, "FORGOTTEN")), "status", "not_allowed");
        assertFieldError(am.post(risks, risk("Court injunction", 3, 3, null).replace("MITIGATE", "HOPE")),
                "strategy", "not_allowed");
        assertProblem(am.post(risks, risk("Court injunction", "\"high\"", 3, null)), 400);
        assertFieldError(am.get(risks + "?status=SOMETIMES"), "status", "not_allowed");
        assertThat(am.get(risks).structure().asJsonArray()).as("nothing stored").isEmpty();

        JsonObject raised = am.post(risks, risk("Court injunction", 3, 3, null)).json();
        String path = risks + "/" + raised.getJsonNumber("id");
        assertFieldError(am.put(path, risk("Court injunction", 3, 3, "OPEN")), "version", "required");
        String revision = risk("Court injunction", 5, 5, "OPEN").replace("}", ", \"version\": %d}");
        assertThat(am.put(path, revision.formatted(raised.getJsonNumber("version").longValue())).status()).isEqualTo(200);
        Api.Answer stale = am.put(path, revision.formatted(raised.getJsonNumber("version").longValue()));
        assertProblem(stale, 409);
        assertThat(am.get(path).json().getInt("score")).isEqualTo(25);

        String other = register();
        assertProblem(am.get(other + "/" + raised.getJsonNumber("id")), 404);
        assertProblem(am.put(other + "/" + raised.getJsonNumber("id"), revision.formatted(1L)), 404);
    }

    @Test
    void onlyTheOwnerAccountsTeamAndExecutivesKeepTheRegister() {
        String risks = register();
        assertProblem(Api.anonymous().get(risks), 401);
        assertProblem(Api.as("pm").get(risks), 404);
        assertProblem(Api.as("pm").post(risks, risk("Court injunction", 3, 3, null)), 404);
        assertThat(Api.as("exec").post(risks, risk("Court injunction", 3, 3, null)).status()).isEqualTo(201);

        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        long commuter = Api.as("viewer").get("/api/projects?phase=PLANNING&account=" + kenyaRailways).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String demo = "/api/projects/" + commuter + "/risks";
        assertThat(Api.as("viewer").get(demo).status()).isEqualTo(200);
        assertThat(Api.as("viewer").get(demo + "/heat-map").status()).isEqualTo(200);
        assertProblem(Api.as("viewer").post(demo, risk("Court injunction", 3, 3, null)), 403);
    }
}
