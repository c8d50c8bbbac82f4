package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Gate templates through REST: read by anyone signed in, edited and reset by administrators, copied into projects
 * started afterwards while earlier projects keep their own gates.
 */
@ClientTest
class GateTemplatesApiIT {

    /** A combination no other test starts projects of, so that its edits change nobody else's gates. */
    private static final String TEMPLATE = "/api/gate-templates/AIRPORT/PPP";

    private final Api admin = Api.as("admin");

    @AfterEach
    void backToTheDefault() {
        assertThat(admin.delete(TEMPLATE).status()).isEqualTo(200);
    }

    /** The template as read, edited by {@code patch}, as a body to PUT. */
    private static String edited(JsonObject template, UnaryOperator<JsonPatchBuilder> patch) {
        JsonObject form = Json.createObjectBuilder()
                .add("version", template.getOrDefault("version", JsonValue.NULL))
                .add("gates", template.getJsonArray("gates"))
                .build();
        return patch.apply(Json.createPatchBuilder()).build().apply(form).toString();
    }

    private static JsonObject criterion(String text, String kind, int weight) {
        return Json.createObjectBuilder().add("text", text).add("kind", kind).add("weight", weight).build();
    }

    private static long startProject(String name) {
        return Fixtures.newProjectIn("AIRPORT", "Airport Authority", name, "PPP").getJsonNumber("id").longValue();
    }

    private static JsonObject g1(long projectId) {
        return Api.as("am").get("/api/projects/" + projectId + "/gates").structure().asJsonArray()
                .getValuesAs(JsonObject.class).get(1);
    }

    private static List<String> texts(JsonObject gate) {
        return gate.getJsonArray("criteria").getValuesAs(JsonObject.class).stream().map(c -> c.getString("text")).toList();
    }

    private static List<String> deciders(JsonObject gate) {
        return gate.getJsonArray("deciders").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void everyoneSignedInReadsTheDefaultOfEveryCombination() {
        List<JsonObject> all = Api.as("viewer").get("/api/gate-templates").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(all).hasSize(8 * 4);
        JsonObject airportPpp = all.stream().filter(c -> c.getString("sector").equals("AIRPORT")
                && c.getString("contractType").equals("PPP")).findFirst().orElseThrow();
        assertThat(airportPpp.getBoolean("customised")).isFalse();

        Api.Answer read = Api.as("viewer").get(TEMPLATE);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonObject template = read.json();
        assertThat(template.getBoolean("customised")).isFalse();
        assertThat(template.containsKey("version")).isFalse();
        List<JsonObject> gates = template.getJsonArray("gates").getValuesAs(JsonObject.class);
        assertThat(gates).extracting(gate -> gate.getString("code")).containsExactly("G1", "G2", "G3", "G4", "G5");
        assertThat(deciders(gates.get(2))).containsExactly("EXECUTIVE");
        assertThat(texts(gates.get(2))).contains("Concession agreement signed", "Civil aviation authority approval");
        assertThat(gates.get(0).getJsonArray("criteria").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("kind")).isEqualTo("SHOULD_MEET"));

        assertThat(Api.anonymous().get(TEMPLATE).status()).isEqualTo(401);
        assertProblem(admin.get("/api/gate-templates/SPACEPORT/PPP"), 404);
        assertProblem(admin.get("/api/gate-templates/AIRPORT/BOT"), 404);
        assertThat(Api.anonymous().get("/openapi").body()).contains("/api/gate-templates/{sector}/{contractType}");
    }

    @Test
    void anEditShapesProjectsStartedAfterItWhileEarlierOnesKeepTheirGatesAndAResetBringsBackTheDefault() {
        long before = startProject("Jomo Kenyatta terminal 2");
        JsonObject defaultG1 = g1(before);
        JsonObject template = admin.get(TEMPLATE).json();

        Api.Answer saved = admin.put(TEMPLATE, edited(template, patch -> patch
                .replace("/gates/0/criteria/0/text", "Airport master plan accepted by the civil aviation authority")
                .add("/gates/0/criteria/-", criterion("Slot and traffic study", "SHOULD_MEET", 25))
                .add("/gates/0/deciders/-", Json.createValue("PROJECT_MANAGER"))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonObject customised = saved.json();
        assertThat(customised.getBoolean("customised")).isTrue();
        assertThat(customised.getJsonNumber("version").longValue()).isZero();
        assertThat(customised.getString("changedBy")).isEqualTo("admin");
        assertThat(admin.get(TEMPLATE).json()).isEqualTo(customised);
        assertThat(Api.as("am").get("/api/gate-templates").structure().asJsonArray().getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("sector").equals("AIRPORT") && c.getString("contractType").equals("PPP"))
                .singleElement().satisfies(c -> assertThat(c.getBoolean("customised")).isTrue());

        long after = startProject("Jomo Kenyatta cargo apron");
        JsonObject editedG1 = g1(after);
        assertThat(texts(editedG1)).startsWith("Airport master plan accepted by the civil aviation authority")
                .endsWith("Slot and traffic study");
        assertThat(editedG1.getJsonArray("criteria").getValuesAs(JsonObject.class).get(texts(editedG1).size() - 1)
                .getInt("weight")).isEqualTo(25);
        assertThat(deciders(editedG1)).contains("PROJECT_MANAGER", "EXECUTIVE", "BID_MANAGER");
        // The project started before the edit keeps the gates it was given.
        assertThat(g1(before)).isEqualTo(defaultG1);
        assertThat(texts(defaultG1)).doesNotContain("Slot and traffic study");

        // A second edit from the version read; the first edit's version is stale after it.
        Api.Answer again = admin.put(TEMPLATE, edited(customised, patch -> patch.remove("/gates/4/criteria/0")));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("version").longValue()).isEqualTo(1);
        Api.Answer stale = admin.put(TEMPLATE, edited(customised, patch -> patch.remove("/gates/4/criteria/1")));
        assertProblem(stale, 409);
        assertThat(stale.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
        // Whoever read the default while someone else customised it is stale too.
        assertProblem(admin.put(TEMPLATE, edited(template, UnaryOperator.identity())), 409);
        assertThat(admin.get(TEMPLATE).json()).isEqualTo(again.json());

        Api.Answer reset = admin.delete(TEMPLATE);
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().getBoolean("customised")).isFalse();
        assertThat(reset.json().getJsonArray("gates")).isEqualTo(template.getJsonArray("gates"));
        assertThat(admin.get(TEMPLATE).json()).isEqualTo(template);
        assertThat(texts(g1(startProject("Jomo Kenyatta fuel farm")))).isEqualTo(texts(defaultG1));
        assertThat(g1(after)).isEqualTo(editedG1);
    }

    @Test
    void onlyAdministratorsEditOrResetATemplate() {
        JsonObject template = admin.get(TEMPLATE).json();
        String change = edited(template, patch -> patch.replace("/gates/1/criteria/0/text", "Something else"));
        for (String user : List.of("exec", "am", "viewer")) {
            assertProblem(Api.as(user).put(TEMPLATE, change), 403);
            assertProblem(Api.as(user).delete(TEMPLATE), 403);
        }
        assertThat(Api.anonymous().put(TEMPLATE, change).status()).isEqualTo(401);
        assertThat(admin.get(TEMPLATE).json()).isEqualTo(template);
    }

    @Test
    void badTemplatesAreRefusedNamingEveryOffendingField() {
        JsonObject template = admin.get(TEMPLATE).json();

        Api.Answer many = admin.put(TEMPLATE, edited(template, patch -> patch
                .replace("/gates/2/deciders", JsonValue.EMPTY_JSON_ARRAY)
                .replace("/gates/2/criteria/0/text", "   ")
                .replace("/gates/0/criteria/1/text", "x".repeat(301))
                .replace("/gates/0/criteria/3/weight", 101)
                .replace("/gates/1/criteria/0/weight", 10)
                .replace("/gates/1/deciders", Json.createArrayBuilder().add("KING").build())
                .replace("/gates/3/criteria/0/kind", "NICE_TO_HAVE")));
        assertFieldError(many, "gates[2].deciders", "required");
        assertFieldError(many, "gates[2].criteria[0].text", "blank");
        assertFieldError(many, "gates[0].criteria[1].text", "too_long");
        assertFieldError(many, "gates[0].criteria[3].weight", "out_of_range");
        assertFieldError(many, "gates[1].criteria[0].weight", "not_allowed");
        assertFieldError(many, "gates[1].deciders", "not_allowed");
        assertFieldError(many, "gates[3].criteria[0].kind", "not_allowed");

        assertFieldError(admin.put(TEMPLATE, edited(template, patch -> patch.remove("/gates/4"))), "gates", "required");
        assertFieldError(admin.put(TEMPLATE, edited(template, patch -> patch.copy("/gates/-", "/gates/1"))),
                "gates[5].code", "duplicate");
        assertFieldError(admin.put(TEMPLATE, edited(template, patch -> patch.replace("/gates/0/code", "G0"))),
                "gates[0].code", "not_allowed");
        assertFieldError(admin.put(TEMPLATE, edited(template, patch -> patch.replace("/gates/0/code", "G9"))),
                "gates[0].code", "not_allowed");
        assertFieldError(admin.put(TEMPLATE, edited(template, patch -> patch
                .add("/gates/0/criteria/-", Json.createObjectBuilder().add("text", "Study").add("kind", "SHOULD_MEET")
                        .build()))), "gates[0].criteria[5].weight", "required");
        assertFieldError(admin.put(TEMPLATE, "{\"version\": null}"), "gates", "required");
        assertProblem(admin.put(TEMPLATE, ""), 400);
        assertProblem(admin.put("/api/gate-templates/SPACEPORT/PPP", edited(template, UnaryOperator.identity())), 404);

        assertThat(admin.get(TEMPLATE).json()).isEqualTo(template);
    }
}
