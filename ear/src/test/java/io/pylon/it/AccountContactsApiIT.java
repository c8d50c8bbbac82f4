package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The people at an agency: added, updated with versions, kept in history, seen only by the team. */
@ClientTest
class AccountContactsApiIT {

    private static final String DIRECTOR = """
            {"name": "Wanjiru Kamau", "title": "Director General", "department": "Office of the DG",
             "email": "dg@example.go.ke", "phone": "+254 20 000 0000", "influence": "DECISION_MAKER",
             "relationshipStrength": 3}
            """;

    private final Api am = Api.as("am");

    @Test
    void addsUpdatesAndKeepsTheHistoryOfAContact() {
        String contacts = contactsOf(Fixtures.newAccount("Kenya Rural Electrification Authority"));

        Api.Answer added = am.post(contacts, DIRECTOR);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject contact = added.json();
        String path = contacts + "/" + contact.getJsonNumber("id").longValue();
        assertThat(added.header("Location")).endsWith(path);
        assertThat(contact.getString("influence")).isEqualTo("DECISION_MAKER");
        assertThat(contact.getInt("relationshipStrength")).isEqualTo(3);

        Api.Answer updated = am.put(path, DIRECTOR.replace("\"relationshipStrength\": 3", "\"relationshipStrength\": 4")
                .replace("}", ", \"version\": 0}"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getInt("relationshipStrength")).isEqualTo(4);
        assertProblem(am.put(path, DIRECTOR.replace("}", ", \"version\": 0}")), 409);

        assertThat(names(am.get(contacts))).containsExactly("Wanjiru Kamau");
        var history = am.get(path + "/history").structure().asJsonArray();
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(1).getString("username")).isEqualTo("am");
        assertThat(history.getJsonObject(0).getJsonObject("state").getInt("relationshipStrength")).isEqualTo(3);
        assertThat(history.getJsonObject(1).getJsonObject("state").getInt("relationshipStrength")).isEqualTo(4);
    }

    @Test
    void onlyTheTeamSeesContactsAndViewersDoNotChangeThem() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        String contacts = "/api/accounts/" + kenyaRailways + "/contacts";
        Api.Answer added = am.post(contacts, DIRECTOR.replace("Wanjiru Kamau", Fixtures.uniqueName("Otieno")));
        assertThat(added.status()).isEqualTo(201);
        String path = contacts + "/" + added.json().getJsonNumber("id").longValue();

        assertThat(Api.as("viewer").get(path).status()).isEqualTo(200);
        assertProblem(Api.as("viewer").post(contacts, DIRECTOR), 403);
        assertProblem(Api.as("viewer").put(path, DIRECTOR.replace("}", ", \"version\": 0}")), 403);

        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        assertProblem(am.get("/api/accounts/" + ethiopianRoads + "/contacts"), 404);
        assertProblem(am.post("/api/accounts/" + ethiopianRoads + "/contacts", DIRECTOR), 404);
        assertProblem(Api.as("pm").get("/api/accounts/" + ethiopianRoads + "/contacts/"
                + added.json().getJsonNumber("id").longValue()), 404);
    }

    @Test
    void namesEveryInvalidField() {
        String contacts = contactsOf(Fixtures.newAccount("Kenya Civil Aviation Authority"));

        Api.Answer invalid = am.post(contacts, """
                {"name": " ", "influence": "KINGMAKER", "relationshipStrength": 9}
                """);
        assertProblem(invalid, 400);
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field") + ":" + error.getString("code"))
                .containsExactlyInAnyOrder("name:blank", "relationshipStrength:out_of_range", "influence:not_allowed");

        assertProblem(am.post(contacts, DIRECTOR.replace("dg@example.go.ke", "not an address")), 400);
        assertProblem(am.post(contacts, "{\"name\": \"x\", \"influence\": \"USER\", \"relationshipStrength\": \"high\"}"),
                400);
        assertThat(names(am.get(contacts))).isEmpty();
    }

    private static String contactsOf(JsonObject account) {
        return "/api/accounts/" + account.getJsonNumber("id").longValue() + "/contacts";
    }

    private static List<String> names(Api.Answer contacts) {
        assertThat(contacts.status()).as(contacts.toString()).isEqualTo(200);
        return contacts.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(contact -> contact.getString("name")).toList();
    }
}
