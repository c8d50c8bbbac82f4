package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A project's milestones through REST: planned, reached, late, and the project's slippage; what is refused. */
@ClientTest
class MilestonesApiIT {

    private final Api am = Api.as("am");
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** A project started today by {@code am} for a new account of theirs. */
    private static String newProject() {
        long owner = Fixtures.newAccount("Kenya Railways Milestones").getJsonNumber("id").longValue();
        Api.Answer started = Api.as("am").post("/api/projects", """
                {"name": "Mombasa port rail link", "ownerAccountId": %d, "country": "KEN", "sector": "RAIL",
                 "contractType": "EPC"}""".formatted(owner));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return "/api/projects/" + started.json().getJsonNumber("id");
    }

    private static String milestone(String name, Object plannedOn, Object reachedOn, String phase) {
        return """
                {"name": %s, "plannedOn": %s, "reachedOn": %s, "phase": %s}""".formatted(quoted(name),
                quoted(plannedOn), quoted(reachedOn), quoted(phase));
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String withVersion(String json, JsonObject read) {
        return json.replaceFirst("}$", ", \"version\": " + read.getJsonNumber("version") + "}");
    }

    @Test
    void milestonesArePlannedAndReachedAndTheProjectSlipsByTheLatest() {
        String project = newProject();
        String milestones = project + "/milestones";
        assertThat(am.get(milestones).structure().asJsonArray()).isEmpty();
        assertThat(am.get(project).json().containsKey("slippageDays")).as("nothing planned").isFalse();

        Api.Answer added = am.post(milestones, milestone("Track laying complete", today.plusDays(40), null, "CONSTRUCTION"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject track = added.json();
        assertThat(track.getString("phase")).isEqualTo("CONSTRUCTION");
        assertThat(track.getInt("slippageDays")).isZero();
        assertThat(track.containsKey("reachedOn")).isFalse();
        assertThat(track.getString("changedBy")).isEqualTo("am");
        assertThat(added.header("Location")).endsWith(milestones + "/" + track.getJsonNumber("id"));

        JsonObject notice = am.post(milestones, milestone("Notice to proceed", today.plusDays(10), today, null)).json();
        assertThat(notice.getInt("slippageDays")).as("reached ten days early").isEqualTo(-10);
        assertThat(am.get(project).json().getInt("slippageDays")).as("the latest: the track, not yet due").isZero();

        Api.Answer replanned = am.put(milestones + "/" + track.getJsonNumber("id"),
                withVersion(milestone("Track laying complete", today.plusDays(50), null, "CONSTRUCTION"), track));
        assertThat(replanned.status()).as(replanned.toString()).isEqualTo(200);
        assertThat(replanned.json().getString("plannedOn")).isEqualTo(today.plusDays(50).toString());
        assertProblem(am.put(milestones + "/" + track.getJsonNumber("id"),
                withVersion(milestone("Track laying complete", today.plusDays(60), null, null), track)), 409);

        List<JsonObject> listed = am.get(milestones).structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(listed).extracting(m -> m.getString("name")).containsExactly("Notice to proceed", "Track laying complete");

        assertProblem(am.delete(milestones + "/" + notice.getJsonNumber("id") + "?version=7"), 409);
        assertThat(am.delete(milestones + "/" + notice.getJsonNumber("id") + "?version=0").status()).isEqualTo(204);
        assertThat(am.get(milestones).structure().asJsonArray()).hasSize(1);
    }

    @Test
    void anOverdueMilestoneMakesTheProjectLate() {
        // The demo's Nairobi commuter rail project started 110 days ago; its G1 is 20 days overdue.
        String project = commuter();
        assertThat(am.get(project).json().getInt("slippageDays")).isEqualTo(20);
        JsonObject survey = am.post(project + "/milestones", milestone("Topographic survey", today.minusDays(30), null,
                "PLANNING")).json();
        try {
            assertThat(survey.getInt("slippageDays")).isEqualTo(30);
            assertThat(am.get(project).json().getInt("slippageDays")).isEqualTo(30);

            Api.Answer reached = am.put(project + "/milestones/" + survey.getJsonNumber("id"),
                    withVersion(milestone("Topographic survey", today.minusDays(30), today.minusDays(25), "PLANNING"), survey));
            assertThat(reached.status()).as(reached.toString()).isEqualTo(200);
            assertThat(reached.json().getInt("slippageDays")).isEqualTo(5);
            survey = reached.json();
            assertThat(am.get(project).json().getInt("slippageDays")).as("the gate again").isEqualTo(20);
        } finally {
            am.delete(project + "/milestones/" + survey.getJsonNumber("id") + "?version=" + survey.getJsonNumber("version"));
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        String project = newProject();
        String milestones = project + "/milestones";
        assertFieldError(am.post(milestones, milestone("Notice to proceed", today.minusDays(1), null, null)),
                "plannedOn", "out_of_range");
        assertFieldError(am.post(milestones, milestone(" ", today, null, null)), "name", "blank");
        assertFieldError(am.post(milestones, milestone("Notice to proceed", null, null, null)), "plannedOn", "required");
        assertFieldError(am.post(milestones, milestone("Notice to proceed", "2027-02-30", null, null)), "plannedOn",
                "invalid_date");
        assertFieldError(am.post(milestones, milestone("Notice to proceed", today, null, "SOMEDAY")), "phase",
                "not_allowed");
        assertFieldError(am.post(milestones, milestone("Notice to proceed", today, today.plusDays(1), null)),
                "reachedOn", "in_the_future");
        assertFieldError(am.post(milestones, milestone("Notice to proceed", today, today.minusDays(1), null)),
                "reachedOn", "out_of_range");
        assertThat(am.get(milestones).structure().asJsonArray()).as("nothing stored").isEmpty();

        JsonObject notice = am.post(milestones, milestone("Notice to proceed", today.plusDays(5), null, null)).json();
        String path = milestones + "/" + notice.getJsonNumber("id");
        assertFieldError(am.put(path, milestone("Notice to proceed", today.plusDays(6), null, null)), "version", "required");
        assertFieldError(am.delete(path), "version", "required");

        String other = newProject();
        assertProblem(am.put(other + "/milestones/" + notice.getJsonNumber("id"), withVersion(milestone(
                "Notice to proceed", today.plusDays(6), null, null), notice)), 404);
        assertProblem(am.delete(other + "/milestones/" + notice.getJsonNumber("id") + "?version=0"), 404);
        JsonObject stored = am.get(milestones).structure().asJsonArray().getJsonObject(0);
        assertThat(stored.getInt("version")).as("unchanged").isZero();
        assertThat(stored.getString("plannedOn")).isEqualTo(notice.getString("plannedOn"));
    }

    @Test
    void aViewerReadsButDoesNotPlanAndAnOutsiderSeesNothing() {
        String project = newProject();
        JsonObject notice = am.post(project + "/milestones", milestone("Notice to proceed", today.plusDays(5), null,
                null)).json();
        assertProblem(Api.as("pm").get(project + "/milestones"), 404);
        assertProblem(Api.as("pm").post(project + "/milestones", milestone("Mine", today, null, null)), 404);
        assertProblem(Api.as("pm").delete(project + "/milestones/" + notice.getJsonNumber("id") + "?version=0"), 404);

        String commuter = commuter();
        Api viewer = Api.as("viewer");
        assertThat(viewer.get(commuter + "/milestones").status()).isEqualTo(200);
        assertProblem(viewer.post(commuter + "/milestones", milestone("Viewer's", today, null, null)), 403);
        JsonObject survey = am.post(commuter + "/milestones", milestone("Ground survey", today, null, null)).json();
        String path = commuter + "/milestones/" + survey.getJsonNumber("id");
        try {
            assertProblem(viewer.put(path, withVersion(milestone("Ground survey", today, today, null), survey)), 403);
            assertProblem(viewer.delete(path + "?version=0"), 403);
        } finally {
            am.delete(path + "?version=0");
        }
    }

    /** The demo's Nairobi commuter rail project, which am's account team and the viewer see. */
    private static String commuter() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        JsonObject found = Api.as("viewer").get("/api/projects?phase=PLANNING&account=" + kenyaRailways).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(project -> project.getString("name").equals("Nairobi commuter rail upgrade")).findFirst()
                .orElseThrow();
        return "/api/projects/" + found.getJsonNumber("id");
    }
}
