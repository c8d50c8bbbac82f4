package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Interactions with an agency: recorded with participants and follow-ups, paged newest first, revised with versions. */
@ClientTest
class InteractionsApiIT {

    private final Api am = Api.as("am");

    static String interaction(String kind, LocalDate on, String ourParticipants, String theirParticipants,
                              String followUps) {
        return """
                {"kind": "%s", "occurredOn": "%s", "ourParticipants": [%s], "theirParticipants": [%s],
                 "summary": "Discussed the feasibility study of the northern line.",
                 "outcome": "They want a financing proposal.", "followUps": [%s]}
                """.formatted(kind, on, ourParticipants, theirParticipants, followUps);
    }

    static String followUp(String description, String owner, Object dueOn) {
        return """
                {"description": "%s", "owner": "%s", "dueOn": "%s"}""".formatted(description, owner, dueOn);
    }

    static long contactOf(long accountId, String name) {
        Api.Answer added = Api.as("am").post("/api/accounts/" + accountId + "/contacts", """
                {"name": "%s", "title": "Director of Planning", "influence": "DECISION_MAKER", "relationshipStrength": 3}
                """.formatted(name));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().getJsonNumber("id").longValue();
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    @Test
    void recordsAnInteractionWithParticipantsAndFollowUpsThenRevisesIt() {
        long accountId = id(Fixtures.newAccount("Kenya National Highways Authority"));
        long director = contactOf(accountId, "Wanjiru Kamau");
        String interactions = "/api/accounts/" + accountId + "/interactions";
        LocalDate today = LocalDate.now();

        Api.Answer recorded = am.post(interactions, interaction("VISIT", today.minusDays(2), "\"am\", \"bid\"",
                String.valueOf(director), followUp("Send the financing options", "am", today.plusDays(7))));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonObject visit = recorded.json();
        String path = interactions + "/" + id(visit);
        assertThat(recorded.header("Location")).endsWith(path);
        assertThat(visit.getString("kind")).isEqualTo("VISIT");
        assertThat(visit.getString("recordedBy")).isEqualTo("am");
        assertThat(visit.getJsonArray("ourParticipants").getValuesAs(JsonObject.class))
                .extracting(person -> person.getString("username")).containsExactly("am", "bid");
        assertThat(visit.getJsonArray("theirParticipants").getJsonObject(0).getString("name")).isEqualTo("Wanjiru Kamau");
        JsonObject raised = visit.getJsonArray("followUps").getJsonObject(0);
        assertThat(raised.getString("owner")).isEqualTo("am");
        assertThat(raised.getBoolean("open")).isTrue();
        assertThat(raised.getBoolean("overdue")).isFalse();

        assertThat(am.post(interactions, interaction("CALL", today, "", "", "")).status()).isEqualTo(201);
        assertThat(am.post(interactions, interaction("EMAIL", today.minusDays(9), "", "", "")).status()).isEqualTo(201);

        JsonObject firstPage = am.get(interactions + "?size=2").json();
        assertThat(firstPage.getInt("total")).isEqualTo(3);
        assertThat(kinds(firstPage)).containsExactly("CALL", "VISIT");
        assertThat(kinds(am.get(interactions + "?size=2&page=1").json())).containsExactly("EMAIL");
        assertProblem(am.get(interactions + "?size=101"), 400);

        Api.Answer revised = am.put(path, interaction("MEETING", today.minusDays(3), "\"am\"", "", "")
                .replace("}", ", \"version\": 0}"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().getString("kind")).isEqualTo("MEETING");
        assertThat(revised.json().getJsonArray("ourParticipants")).hasSize(1);
        assertThat(revised.json().getJsonArray("theirParticipants")).isEmpty();
        assertThat(revised.json().getJsonArray("followUps")).as("follow-ups stay").hasSize(1);
        assertThat(revised.json().getInt("version")).isEqualTo(1);

        Api.Answer stale = am.put(path, interaction("CALL", today, "", "", "").replace("}", ", \"version\": 0}"));
        assertProblem(stale, 409);
        assertThat(am.get(path).json().getString("kind")).isEqualTo("MEETING");
    }

    @Test
    void namesEveryInvalidFieldAndStoresNothing() {
        long accountId = id(Fixtures.newAccount("Kenya Ports Authority"));
        String interactions = "/api/accounts/" + accountId + "/interactions";
        LocalDate today = LocalDate.now();

        Api.Answer invalid = am.post(interactions, """
                {"kind": "DINNER", "occurredOn": "2026-02-30", "summary": " ",
                 "followUps": [{"description": "", "owner": "am", "dueOn": "someday"}]}
                """);
        assertProblem(invalid, 400);
        assertThat(errors(invalid)).containsExactlyInAnyOrder("kind:not_allowed", "occurredOn:invalid_date",
                "summary:blank", "followUps[0].description:blank", "followUps[0].dueOn:invalid_date");
        assertThat(errors(am.post(interactions, "{}"))).contains("kind:required", "occurredOn:required", "summary:blank");

        assertThat(errors(am.post(interactions, interaction("CALL", today.plusDays(1), "", "", ""))))
                .containsExactly("occurredOn:in_the_future");
        assertThat(errors(am.post(interactions, interaction("CALL", today, "\"am\", \"nobody\"", "", ""))))
                .containsExactly("ourParticipants:unknown_reference");
        long elsewhere = contactOf(id(Fixtures.newAccount("Kenya Airports Authority")), "Otieno Odhiambo");
        assertThat(errors(am.post(interactions, interaction("CALL", today, "", String.valueOf(elsewhere), ""))))
                .containsExactly("theirParticipants:unknown_reference");
        // The interaction is fine, its second follow-up is not: neither is stored.
        assertThat(errors(am.post(interactions, interaction("CALL", today, "", "", followUp("Call back", "am", today)
                + ", " + followUp("Write", "nobody", today))))).containsExactly("followUps[1].owner:unknown_reference");

        assertThat(am.get(interactions).json().getInt("total")).isZero();
        assertThat(am.get("/api/accounts/" + accountId + "/follow-ups").json().getJsonArray("items")).isEmpty();
    }

    @Test
    void onlyTheTeamSeesInteractionsAndViewersDoNotRecordThem() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        String interactions = "/api/accounts/" + kenyaRailways + "/interactions";
        LocalDate today = LocalDate.now();
        Api.Answer recorded = am.post(interactions, interaction("CALL", today, "", "", ""));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String path = interactions + "/" + id(recorded.json());

        Api.Answer viewer = Api.as("viewer").get(path);
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(Api.as("viewer").get(interactions).status()).isEqualTo(200);
        assertProblem(Api.as("viewer").post(interactions, interaction("CALL", today, "", "", "")), 403);
        assertProblem(Api.as("viewer").put(path, interaction("CALL", today, "", "", "")
                .replace("}", ", \"version\": 0}")), 403);
        assertProblem(Api.as("viewer").post(path + "/follow-ups", followUp("Call", "am", today)), 403);

        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        assertProblem(am.get("/api/accounts/" + ethiopianRoads + "/interactions"), 404);
        assertProblem(am.post("/api/accounts/" + ethiopianRoads + "/interactions", interaction("CALL", today, "", "", "")),
                404);
        // An interaction under another account's path does not exist there.
        assertProblem(Api.as("pm").get("/api/accounts/" + ethiopianRoads + "/interactions/" + id(recorded.json())), 404);
    }

    private static List<String> kinds(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(interaction -> interaction.getString("kind")).toList();
    }

    static List<String> errors(Api.Answer answer) {
        assertProblem(answer, 400);
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + ":" + error.getString("code")).toList();
    }
}
