package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account teams: who is on them, and that joining or leaving one changes what a person sees. */
@ClientTest
class AccountTeamsApiIT {

    private final Api am = Api.as("am");

    @Test
    void theCreatorLeadsTheTeamAndAddsOthersWhoThenSeeTheAccount() {
        String team = teamOf(Fixtures.newAccount("Kenya Electricity Transmission Company"));
        String account = team.replace("/team", "");

        assertThat(usernames(am.get(team))).containsExactly("am");
        assertThat(am.get(team).structure().asJsonArray().getJsonObject(0).getString("teamRole"))
                .isEqualTo("ACCOUNT_LEAD");
        assertProblem(Api.as("pm").get(account), 404);

        Api.Answer joined = am.put(team + "/pm", "{\"teamRole\": \"PROJECT_LEAD\"}");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.json().getString("displayName")).isEqualTo("Priya Project-Manager");
        assertThat(Api.as("pm").get(account).status()).isEqualTo(200);

        Api.Answer changed = am.put(team + "/pm", "{\"teamRole\": \"MEMBER\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getString("teamRole")).isEqualTo("MEMBER");
        assertThat(usernames(Api.as("pm").get(team))).containsExactly("am", "pm");

        Api.Answer removed = am.send("DELETE", team + "/pm", null, HttpRequest.BodyPublishers.noBody());
        assertThat(removed.status()).isEqualTo(204);
        assertProblem(Api.as("pm").get(account), 404);
        assertThat(usernames(am.get(team))).containsExactly("am");
    }

    @Test
    void onlyAdministratorsAndTheTeamsAccountManagersChangeIt() {
        String team = teamOf(Fixtures.newAccount("Kenya Pipeline Company"));
        am.put(team + "/bid", "{\"teamRole\": \"BID_LEAD\"}");
        am.put(team + "/viewer", "{\"teamRole\": \"MEMBER\"}");

        assertProblem(Api.as("bid").put(team + "/pm", "{\"teamRole\": \"MEMBER\"}"), 403);
        assertProblem(Api.as("viewer").put(team + "/pm", "{\"teamRole\": \"MEMBER\"}"), 403);
        assertProblem(Api.as("bid").send("DELETE", team + "/viewer", null, HttpRequest.BodyPublishers.noBody()), 403);
        assertProblem(Api.as("pm").put(team + "/pm", "{\"teamRole\": \"MEMBER\"}"), 404);
        assertThat(Api.as("admin").put(team + "/pm", "{\"teamRole\": \"PROJECT_LEAD\"}").status()).isEqualTo(201);
        assertThat(usernames(am.get(team))).containsExactly("am", "bid", "pm", "viewer");
    }

    @Test
    void outsidersSeeNoTeamAndBadRequestsAreNamed() {
        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        assertProblem(am.get("/api/accounts/" + ethiopianRoads + "/team"), 404);
        assertProblem(am.put("/api/accounts/" + ethiopianRoads + "/team/am", "{\"teamRole\": \"MEMBER\"}"), 404);

        String team = teamOf(Fixtures.newAccount("Kenya Airports Authority"));
        assertProblem(am.put(team + "/nobody", "{\"teamRole\": \"MEMBER\"}"), 404);
        assertProblem(am.send("DELETE", team + "/pm", null, HttpRequest.BodyPublishers.noBody()), 404);

        Api.Answer unknownRole = am.put(team + "/pm", "{\"teamRole\": \"CAPTAIN\"}");
        assertProblem(unknownRole, 400);
        assertThat(unknownRole.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("not_allowed");
        assertProblem(am.put(team + "/pm", "{}"), 400);
        assertProblem(am.send("PUT", team + "/pm", "application/json", HttpRequest.BodyPublishers.noBody()), 400);
        assertThat(usernames(am.get(team))).containsExactly("am");
    }

    private static String teamOf(JsonObject account) {
        return "/api/accounts/" + account.getJsonNumber("id").longValue() + "/team";
    }

    private static List<String> usernames(Api.Answer team) {
        assertThat(team.status()).as(team.toString()).isEqualTo(200);
        return team.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(member -> member.getString("username")).toList();
    }
}
