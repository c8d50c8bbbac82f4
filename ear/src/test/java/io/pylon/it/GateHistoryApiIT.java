package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The conditions of a conditional GO tracked to met or overdue, and a gate's history: who did what when. */
@ClientTest
class GateHistoryApiIT {

    private final Api am = Api.as("am");
    private final Api exec = Api.as("exec");
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** A project of a new account of am's, with its G1 passed by exec on two conditions, one of them overdue. */
    private record Passed(String gates, JsonObject g1, JsonObject decision, long ownerId) {

        String decisions() {
            return gates + "/" + g1.getJsonNumber("id") + "/decisions";
        }

        String condition(int position) {
            return decisions() + "/" + decision.getJsonNumber("id") + "/conditions/" + position + "/met";
        }

        String history() {
            return gates + "/" + g1.getJsonNumber("id") + "/history";
        }
    }

    private Passed conditionallyPassed() throws IOException {
        long owner = Fixtures.newAccount("Kenya Railways Conditions").getJsonNumber("id").longValue();
        JsonObject project = am.post("/api/projects", """
                {"name": "Kisumu port rail spur", "ownerAccountId": %d, "country": "KEN", "sector": "RAIL",
                 "contractType": "EPC"}""".formatted(owner)).json();
        String gates = "/api/projects/" + project.getJsonNumber("id") + "/gates";
        JsonObject g1 = g1(gates);
        List<JsonObject> mustMeet = g1.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(criterion -> criterion.getString("kind").equals("MUST_MEET")).toList();
        String criteria = gates + "/" + g1.getJsonNumber("id") + "/criteria/";
        JsonObject first = mustMeet.get(0);
        assertThat(am.upload(criteria + first.getJsonNumber("id") + "/evidence", "Estimate.png", png()).status())
                .isEqualTo(201);
        Api.Answer waived = exec.put(criteria + first.getJsonNumber("id") + "/waiver",
                "{\"reason\": \"Framework agreement\", \"version\": %d}".formatted(first.getInt("version")));
        assertThat(waived.status()).as(waived.toString()).isEqualTo(200);
        for (JsonObject criterion : mustMeet.subList(1, mustMeet.size())) {
            Api.Answer met = am.put(criteria + criterion.getJsonNumber("id"), """
                    {"status": "MET", "note": "Done", "version": %d}""".formatted(criterion.getInt("version")));
            assertThat(met.status()).as(met.toString()).isEqualTo(200);
        }
        Api.Answer decided = exec.post(gates + "/" + g1.getJsonNumber("id") + "/decisions", """
                {"decision": "CONDITIONAL_GO", "rationale": "If funded",
                 "conditions": [{"text": "Budget voted", "dueOn": "%s"},
                                {"text": "Land handed over", "dueOn": "%s"}]}""".formatted(today.plusDays(30),
                today.minusDays(1)));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        return new Passed(gates, g1, decided.json(), owner);
    }

    private JsonObject g1(String gates) {
        return am.get(gates).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(gate -> gate.getString("code").equals("G1")).findFirst().orElseThrow();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static List<String> statuses(List<JsonObject> conditions) {
        return conditions.stream().map(condition -> condition.getString("status")).toList();
    }

    @Test
    void conditionsAreOpenOrOverdueUntilMetAndMetOnlyOnce() throws IOException {
        Passed passed = conditionallyPassed();
        assertThat(statuses(passed.decision().getJsonArray("conditions").getValuesAs(JsonObject.class)))
                .containsExactly("OPEN", "OVERDUE");
        assertThat(statuses(g1(passed.gates()).getJsonArray("conditions").getValuesAs(JsonObject.class)))
                .as("in the gate list").containsExactly("OPEN", "OVERDUE");

        Api.Answer met = am.post(passed.condition(1), "{\"note\": \"Handed over on site\"}");
        assertThat(met.status()).as(met.toString()).isEqualTo(201);
        assertThat(met.json().getString("status")).isEqualTo("MET");
        assertThat(met.json().getString("metBy")).isEqualTo("am");
        assertThat(met.json().getString("note")).isEqualTo("Handed over on site");
        assertProblem(exec.post(passed.condition(1), "{}"), 409);

        JsonObject decision = am.get(passed.decisions()).structure().asJsonArray().getValuesAs(JsonObject.class).get(0);
        List<JsonObject> conditions = decision.getJsonArray("conditions").getValuesAs(JsonObject.class);
        assertThat(statuses(conditions)).containsExactly("OPEN", "MET");
        assertThat(conditions.get(1).getString("metBy")).isEqualTo("am");
        assertThat(decision.getString("rationale")).as("the decision as it was taken").isEqualTo("If funded");
        assertThat(statuses(g1(passed.gates()).getJsonArray("conditions").getValuesAs(JsonObject.class)))
                .containsExactly("OPEN", "MET");
    }

    @Test
    void unknownConditionsOtherProjectsAndOutsidersAreRefused() throws IOException {
        Passed passed = conditionallyPassed();
        assertProblem(am.post(passed.condition(2), "{}"), 404);
        assertProblem(am.post(passed.condition(-1), "{}"), 404);
        assertFieldError(am.post(passed.condition(0), "{\"note\": \"%s\"}".formatted("x".repeat(1001))), "note",
                "too_long");
        Passed other = conditionallyPassed();
        String elsewhere = other.decisions() + "/" + passed.decision().getJsonNumber("id") + "/conditions/0/met";
        assertProblem(am.post(elsewhere, "{}"), 404);

        assertProblem(Api.as("pm").post(passed.condition(0), "{}"), 404);
        assertProblem(Api.as("pm").get(passed.history()), 404);
        Api.Answer joined = am.put("/api/accounts/" + passed.ownerId() + "/team/viewer", "{\"teamRole\": \"MEMBER\"}");
        assertThat(joined.status()).as(joined.toString()).isIn(200, 201);
        assertProblem(Api.as("viewer").post(passed.condition(0), "{}"), 403);
        assertThat(Api.as("viewer").get(passed.history()).status()).isEqualTo(200);
        assertThat(statuses(am.get(passed.decisions()).structure().asJsonArray().getValuesAs(JsonObject.class).get(0)
                .getJsonArray("conditions").getValuesAs(JsonObject.class))).as("nothing met")
                .containsExactly("OPEN", "OVERDUE");
    }

    @Test
    void theHistorySaysWhoDidWhatWhenNewestFirst() throws IOException {
        Passed passed = conditionallyPassed();
        assertThat(am.post(passed.condition(0), "{\"note\": \"Voted\"}").status()).isEqualTo(201);

        List<JsonObject> history = am.get(passed.history()).structure().asJsonArray().getValuesAs(JsonObject.class);
        List<JsonObject> criteria = history.stream().filter(event -> event.getString("kind").equals("CRITERION_CHANGED"))
                .toList();
        int mustMeet = (int) passed.g1().getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(criterion -> criterion.getString("kind").equals("MUST_MEET")).count();
        assertThat(history).extracting(event -> event.getString("kind")).startsWith("CONDITION_MET", "DECIDED")
                .endsWith("CRITERION_CHANGED", "EVIDENCE_ATTACHED")
                .hasSize(mustMeet + 3);
        assertThat(history.get(0).getString("by")).isEqualTo("am");
        assertThat(history.get(0).getString("text")).isEqualTo("Budget voted");
        assertThat(history.get(0).getString("note")).isEqualTo("Voted");
        assertThat(history.get(1).getString("by")).isEqualTo("exec");
        assertThat(history.get(1).getString("decision")).isEqualTo("CONDITIONAL_GO");
        assertThat(history.get(1).getString("text")).isEqualTo("If funded");
        assertThat(history.get(history.size() - 1).getString("text")).isEqualTo("Estimate.png");
        assertThat(history.get(history.size() - 1).getString("by")).isEqualTo("am");

        JsonObject waiver = criteria.get(criteria.size() - 1);
        assertThat(waiver.getString("by")).isEqualTo("exec");
        assertThat(waiver.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("field") + " " + change.getString("from", null) + " -> "
                        + change.getString("to", null))
                .containsExactly("status OPEN -> WAIVED", "note null -> Framework agreement");
        assertThat(criteria.get(0).getString("by")).isEqualTo("am");
        assertThat(criteria.get(0).getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("field") + " " + change.getString("to"))
                .containsExactly("status MET", "note Done");
    }
}
