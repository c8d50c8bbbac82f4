package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.InteractionsApiIT.errors;
import static io.pylon.it.InteractionsApiIT.followUp;
import static io.pylon.it.InteractionsApiIT.id;
import static io.pylon.it.InteractionsApiIT.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups: raised, revised, completed and reopened; the visit cadence setting; each user's follow-ups and due
 * visits.
 */
@ClientTest
class FollowUpsApiIT {

    private static final String CADENCE = "/api/settings/visit-cadence";

    private final Api am = Api.as("am");
    private final LocalDate today = LocalDate.now();

    /** Records a call on the account and answers its path. */
    private String call(long accountId, String followUps) {
        Api.Answer recorded = am.post("/api/accounts/" + accountId + "/interactions",
                interaction("CALL", today, "\"am\"", "", followUps));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return "/api/accounts/" + accountId + "/interactions/" + id(recorded.json());
    }

    @Test
    void raisesCompletesAndReopensFollowUps() {
        long accountId = id(Fixtures.newAccount("Kenya Electricity Transmission Company"));
        String followUps = "/api/accounts/" + accountId + "/follow-ups";
        String call = call(accountId, followUp("Send the draft term sheet", "am", today.minusDays(1)));

        Api.Answer addedToTeam = am.put("/api/accounts/" + accountId + "/team/bid", "{\"teamRole\": \"BID_LEAD\"}");
        assertThat(addedToTeam.status()).as(addedToTeam.toString()).isIn(200, 201);
        Api.Answer raised = am.post(call + "/follow-ups", followUp("Book the site visit", "bid", today.plusDays(5)));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.header("Location")).endsWith(followUps + "/" + id(raised.json()));

        JsonObject open = am.get(followUps).json();
        List<JsonObject> items = open.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(item -> item.getString("description"))
                .containsExactly("Send the draft term sheet", "Book the site visit");
        assertThat(items).extracting(item -> item.getBoolean("overdue")).containsExactly(true, false);
        assertThat(open.getJsonObject("visit").getString("status")).as("never visited").isEqualTo("DUE");
        assertThat(open.getJsonObject("visit").getString("nextDue")).isEqualTo(today.toString());

        String overdue = followUps + "/" + id(items.get(0));
        Api.Answer completed = am.put(overdue + "/completion", "");
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().getBoolean("open")).isFalse();
        assertThat(completed.json().getBoolean("overdue")).isFalse();
        assertThat(completed.json().getString("completedBy")).isEqualTo("am");
        assertThat(completed.json().getString("completedAt")).isNotBlank();
        assertThat(am.get(followUps).json().getJsonArray("items")).hasSize(1);

        Api.Answer reopened = am.send("DELETE", overdue + "/completion", null,
                java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().getBoolean("open")).isTrue();
        assertThat(reopened.json().containsKey("completedBy") && !reopened.json().isNull("completedBy")).isFalse();
        assertThat(am.get(followUps).json().getJsonArray("items")).hasSize(2);
    }

    /** A follow-up revised from the version read. */
    private static String revision(String description, String owner, Object dueOn, long version) {
        return followUp(description, owner, dueOn).replace("}", ", \"version\": " + version + "}");
    }

    /** The only open follow-up of the account, as the API shows it. */
    private JsonObject onlyFollowUpOf(long accountId) {
        List<JsonObject> open = am.get("/api/accounts/" + accountId + "/follow-ups").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    @Test
    void revisesWhatWhoAndWhenFromTheVersionRead() {
        long accountId = id(Fixtures.newAccount("Kenya Power and Lighting Company"));
        call(accountId, followUp("Send the draft term sheet", "am", today.plusDays(3)));
        String path = "/api/accounts/" + accountId + "/follow-ups/" + id(onlyFollowUpOf(accountId));
        Api.Answer addedToTeam = am.put("/api/accounts/" + accountId + "/team/bid", "{\"teamRole\": \"BID_LEAD\"}");
        assertThat(addedToTeam.status()).as(addedToTeam.toString()).isIn(200, 201);

        Api.Answer revised = am.put(path, revision("Send the revised term sheet", "bid", today.plusDays(10), 0));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().getString("description")).isEqualTo("Send the revised term sheet");
        assertThat(revised.json().getString("owner")).isEqualTo("bid");
        assertThat(revised.json().getString("dueOn")).isEqualTo(today.plusDays(10).toString());
        assertThat(revised.json().getInt("version")).isEqualTo(1);
        assertThat(am.get(path).json()).isEqualTo(revised.json());
        assertThat(mineOn(Api.as("bid"), accountId)).as("bid has it to do now").hasSize(1);
        assertThat(mineOn(am, accountId)).isEmpty();

        Api.Answer stale = am.put(path, revision("Send the old term sheet", "am", today, 0));
        assertProblem(stale, 409);
        assertThat(stale.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
        assertThat(am.get(path).json()).isEqualTo(revised.json());

        assertThat(am.put(path + "/completion", "").status()).isEqualTo(200);
        Api.Answer moved = am.put(path, revision("Send the revised term sheet", "bid", today.plusDays(20), 2));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getBoolean("open")).as("a completed follow-up stays completed").isFalse();
        assertThat(moved.json().getString("completedBy")).isEqualTo("am");
    }

    @Test
    void aRevisionNamesEveryInvalidFieldAndChangesNothing() {
        long accountId = id(Fixtures.newAccount("Kenya Marine Authority"));
        call(accountId, followUp("Confirm the berth survey", "am", today.plusDays(3)));
        JsonObject before = onlyFollowUpOf(accountId);
        String path = "/api/accounts/" + accountId + "/follow-ups/" + id(before);

        assertThat(errors(am.put(path, followUp(" ", "am", "2026-04-31"))))
                .containsExactlyInAnyOrder("description:blank", "dueOn:invalid_date", "version:required");
        assertThat(errors(am.put(path, "{\"description\": \"Call\", \"version\": -1}")))
                .containsExactlyInAnyOrder("owner:blank", "dueOn:required", "version:out_of_range");
        assertThat(errors(am.put(path, revision("Call", "nobody", today, 0)))).containsExactly("owner:unknown_reference");
        assertThat(errors(am.put(path, revision("Call", "pm", today, 0))))
                .as("pm is not on the team").containsExactly("owner:not_allowed");
        assertThat(am.get(path).json()).isEqualTo(before);
    }

    @Test
    void onlyTheAccountsWritersReviseItsFollowUps() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        String call = call(kenyaRailways, "");
        Api.Answer raised = am.post(call + "/follow-ups", followUp("Check the signal tender", "viewer", today));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String path = "/api/accounts/" + kenyaRailways + "/follow-ups/" + id(raised.json());
        String moved = revision("Check the signal tender", "viewer", today.plusDays(7), 0);

        assertProblem(Api.as("viewer").put(path, moved), 403);
        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        String elsewhere = "/api/accounts/" + ethiopianRoads + "/follow-ups/" + id(raised.json());
        assertProblem(am.put(elsewhere, moved), 404);
        assertProblem(Api.as("pm").put(elsewhere, moved), 404); // pm sees that account, which has no such follow-up
        assertProblem(am.put("/api/accounts/" + kenyaRailways + "/follow-ups/999999999", moved), 404);
        assertThat(am.get(path).json()).isEqualTo(raised.json());
    }

    @Test
    void theOwnerIsAnEnabledUserWhoSeesTheAccount() {
        long accountId = id(Fixtures.newAccount("Kenya Pipeline Company"));
        String call = call(accountId, "");

        assertThat(errors(am.post(call + "/follow-ups", followUp("Call", "nobody", today))))
                .containsExactly("owner:unknown_reference");
        assertThat(errors(am.post(call + "/follow-ups", followUp("Call", "pm", today))))
                .as("pm is not on the team").containsExactly("owner:not_allowed");
        assertThat(am.post(call + "/follow-ups", followUp("Brief the sponsor", "exec", today)).status())
                .as("an executive sees every account").isEqualTo(201);
        assertThat(errors(am.post(call + "/follow-ups", "{\"description\": \"Call\", \"owner\": \"am\"}")))
                .containsExactly("dueOn:required");
        assertThat(errors(am.post(call + "/follow-ups", followUp("Call", "am", "2026-04-31"))))
                .containsExactly("dueOn:invalid_date");
        assertThat(errors(am.post(call + "/follow-ups", followUp(" ", "", today))))
                .containsExactlyInAnyOrder("description:blank", "owner:blank");
        assertThat(am.get("/api/accounts/" + accountId + "/follow-ups").json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void onlyTheTeamSeesFollowUpsAndViewersDoNotCompleteThem() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        call(kenyaRailways, followUp("Confirm the meeting", "viewer", today.plusDays(3)));
        String followUps = "/api/accounts/" + kenyaRailways + "/follow-ups";
        JsonObject mine = Api.as("viewer").get(followUps).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(item -> item.getString("owner").equals("viewer")).findFirst().orElseThrow();
        assertProblem(Api.as("viewer").put(followUps + "/" + id(mine) + "/completion", ""), 403);
        assertThat(Api.as("viewer").get(followUps + "/" + id(mine)).json().getBoolean("open")).isTrue();

        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        assertProblem(am.get("/api/accounts/" + ethiopianRoads + "/follow-ups"), 404);
        assertProblem(am.put("/api/accounts/" + ethiopianRoads + "/follow-ups/" + id(mine) + "/completion", ""), 404);
        assertProblem(Api.as("pm").get("/api/accounts/" + ethiopianRoads + "/follow-ups/" + id(mine)), 404);
    }

    @Test
    void listsMyOpenFollowUpsAndTheVisitsDueOnTheAccountsILead() {
        JsonObject account = Fixtures.newAccount("Kenya Urban Roads Authority");
        long accountId = id(account);
        String name = account.getString("name");
        String call = call(accountId, followUp("Overdue answer", "am", today.minusDays(3)) + ", "
                + followUp("Later answer", "am", today.plusDays(20)));
        Api.Answer visit = am.post("/api/accounts/" + accountId + "/interactions",
                interaction("VISIT", today.minusMonths(2), "", "", ""));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);

        JsonObject agenda = am.get("/api/me/follow-ups").json();
        List<JsonObject> mine = agenda.getJsonArray("followUps").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("accountId").longValue() == accountId).toList();
        assertThat(mine).extracting(item -> item.getString("description")).containsExactly("Overdue answer", "Later answer");
        assertThat(mine).extracting(item -> item.getBoolean("overdue")).containsExactly(true, false);
        assertThat(mine.get(0).getString("accountName")).isEqualTo(name);
        assertThat(mine.get(0).getJsonNumber("interactionId").longValue()).isEqualTo(Long.parseLong(call.replaceAll(".*/", "")));
        List<String> dueDates = agenda.getJsonArray("followUps").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("dueOn")).toList();
        assertThat(dueDates).isSorted();
        assertThat(dueFor(agenda, accountId)).as("tier C, visited two months ago: fine for four more").isEmpty();
        assertThat(Api.as("bid").get("/api/me/follow-ups").json().getJsonArray("followUps").getValuesAs(JsonObject.class))
                .noneMatch(item -> item.getJsonNumber("accountId").longValue() == accountId);

        JsonObject before = Api.as("admin").get(CADENCE).json();
        try {
            Api.Answer monthly = Api.as("admin").put(CADENCE, "{\"months\": {\"A\": 1, \"B\": 3, \"C\": 1}}");
            assertThat(monthly.status()).as(monthly.toString()).isEqualTo(200);
            List<JsonObject> due = dueFor(am.get("/api/me/follow-ups").json(), accountId);
            assertThat(due).hasSize(1);
            JsonObject schedule = due.get(0).getJsonObject("visit");
            assertThat(schedule.getString("status")).isEqualTo("OVERDUE");
            assertThat(schedule.getString("lastVisit")).isEqualTo(today.minusMonths(2).toString());
            assertThat(schedule.getString("nextDue")).isEqualTo(today.minusMonths(2).plusMonths(1).toString());
            assertThat(schedule.getInt("cadenceMonths")).isEqualTo(1);
            assertThat(due.get(0).getString("accountName")).isEqualTo(name);
            assertThat(am.get("/api/accounts/" + accountId + "/follow-ups").json().getJsonObject("visit")
                    .getString("status")).isEqualTo("OVERDUE");
            assertThat(dueFor(Api.as("bid").get("/api/me/follow-ups").json(), accountId)).as("bid does not lead it").isEmpty();
        } finally {
            assertThat(Api.as("admin").put(CADENCE, before.toString()).status()).isEqualTo(200);
        }
    }

    @Test
    void onlyAdministratorsSetTheVisitCadenceAndOnlyWithinRange() {
        JsonObject inForce = am.get(CADENCE).json();
        assertThat(inForce.getJsonObject("months").keySet()).containsExactly("A", "B", "C");
        assertProblem(am.put(CADENCE, inForce.toString()), 403);
        assertProblem(Api.as("exec").put(CADENCE, inForce.toString()), 403);

        Api admin = Api.as("admin");
        assertThat(errors(admin.put(CADENCE, "{\"months\": {\"A\": 0, \"B\": 25, \"C\": 6}}")))
                .containsExactlyInAnyOrder("months.A:out_of_range", "months.B:out_of_range");
        assertThat(errors(admin.put(CADENCE, "{\"months\": {\"A\": 1, \"B\": 3, \"D\": 6}}")))
                .containsExactlyInAnyOrder("months.D:not_allowed", "months.C:required");
        assertThat(errors(admin.put(CADENCE, "{}"))).containsExactly("months:required");
        assertThat(am.get(CADENCE).json()).isEqualTo(inForce);
    }

    /** The follow-ups of the account on the user's own list. */
    private static List<JsonObject> mineOn(Api user, long accountId) {
        return user.get("/api/me/follow-ups").json().getJsonArray("followUps").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("accountId").longValue() == accountId).toList();
    }

    private static List<JsonObject> dueFor(JsonObject agenda, long accountId) {
        return agenda.getJsonArray("visits").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("accountId").longValue() == accountId).toList();
    }
}
