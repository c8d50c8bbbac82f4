package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An account's health through REST: each part worked out here from what the test records on a fresh account. */
@ClientTest
class AccountHealthApiIT {

    private final Api am = Api.as("am");

    @Test
    void weighsSatisfactionFollowUpsVisitsAndPipelineCoverage() {
        JsonObject account = Fixtures.newAccount("Kenya Water Towers Agency");
        String path = "/api/accounts/" + account.getJsonNumber("id").longValue();

        // Nothing recorded: no survey and no opportunity (left out), nothing open (100), never visited so a
        // visit is due today (75). Follow-ups weigh 25 and visits 15 of the 40 left: 62.5 + 28.125.
        JsonObject fresh = health(path);
        assertThat(fresh.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("90.625");
        assertThat(parts(fresh).get("SATISFACTION").getString("leftOut")).isEqualTo("NO_DATA");
        assertThat(parts(fresh).get("PIPELINE_COVERAGE").getString("leftOut")).isEqualTo("NO_DATA");
        assertThat(parts(fresh).get("VISITS").getJsonObject("explanation").getString("code")).isEqualTo("health.visits.DUE");

        LocalDate today = LocalDate.now();
        assertThat(am.post(path + "/surveys", """
                {"surveyedOn": "%s", "quality": 4, "schedule": 4, "communication": 4, "responsiveness": 4, "value": 4,
                 "likelihoodToRecommend": 8}""".formatted(today.minusDays(1))).status()).isEqualTo(201);
        assertThat(am.post(path + "/interactions", InteractionsApiIT.interaction("VISIT", today, "\"am\"", "",
                InteractionsApiIT.followUp("Send the catchment study", "am", today.minusDays(1)) + ","
                        + InteractionsApiIT.followUp("Book the site visit", "am", today.plusDays(7)))).status()).isEqualTo(201);
        assertThat(am.post(path + "/opportunities", OpportunitiesApiIT.opportunity("Intake works", "1000", "USD", 100,
                "WON", null)).status()).isEqualTo(201);
        assertThat(am.post(path + "/opportunities", OpportunitiesApiIT.opportunity("Treatment plant", "1000", "USD", 50,
                "BIDDING", null)).status()).isEqualTo(201);

        // Satisfaction: average 4 = 75. Follow-ups: 1 of 2 overdue = 50. Visits: visited today = 100.
        // Coverage: 500 weighted against 1,000 won = 50. 0.35 x 75 + 0.25 x 50 + 0.15 x 100 + 0.25 x 50 = 66.25.
        JsonObject recorded = health(path);
        assertThat(recorded.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("66.25");
        Map<String, JsonObject> parts = parts(recorded);
        assertThat(parts.get("SATISFACTION").getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("75");
        assertThat(parts.get("FOLLOW_UPS").getJsonNumber("figure").intValue()).as("overdue").isEqualTo(1);
        assertThat(parts.get("VISITS").getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("100");
        assertThat(parts.get("PIPELINE_COVERAGE").getJsonNumber("figure").bigDecimalValue()).isEqualByComparingTo("0.5");
        assertThat(parts.get("PIPELINE_COVERAGE").getJsonNumber("contribution").bigDecimalValue()).isEqualByComparingTo("12.5");
    }

    @Test
    void isSeenAsTheAccountIs() {
        String path = "/api/accounts/" + Fixtures.newAccount("Kenya Forest Service").getJsonNumber("id").longValue() + "/health";
        assertThat(Api.as("exec").get(path).status()).as("executives see every account").isEqualTo(200);
        assertProblem(Api.as("pm").get(path), 404);
        assertProblem(am.get("/api/accounts/999999999/health"), 404);
    }

    private JsonObject health(String accountPath) {
        Api.Answer answer = am.get(accountPath + "/health");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void lateGatesOfTheAccountsLiveProjectsLowerItsGateSchedule() {
        // The demo's Kenya Railways: the commuter rail's G1 is 20 days late, the standard gauge railway's G4 not
        // yet due: 10 days late on average, 100 - 2 x 10 = 80.
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        JsonObject gates = parts(Api.as("am").get("/api/accounts/" + kenyaRailways + "/health").json()).get("GATE_SCHEDULE");
        assertThat(gates.getJsonNumber("figure").bigDecimalValue()).isEqualByComparingTo("10");
        assertThat(gates.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("80");
        assertThat(gates.getJsonObject("explanation").getString("text")).startsWith("1 of 2 next gates overdue");

        // Its railway's last two payment certificates are unpaid: 61,000,000 due 22 days ago and 59,000,000 not yet
        // due, so 61 of 120 million is overdue: 100 x 59 / 120.
        JsonObject receivables = parts(Api.as("am").get("/api/accounts/" + kenyaRailways + "/health").json())
                .get("RECEIVABLES");
        assertThat(receivables.getJsonObject("explanation").getString("text"))
                .isEqualTo("61000000.00 USD of 120000000.00 USD receivable overdue");
        assertThat(receivables.getJsonNumber("score").bigDecimalValue().setScale(2, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("49.17");

        JsonObject fresh = Api.as("am").get("/api/accounts/" + Fixtures.newAccount("Kenya Pipeline Company")
                .getJsonNumber("id") + "/health").json();
        assertThat(parts(fresh).get("GATE_SCHEDULE").getString("leftOut")).isEqualTo("NO_DATA");
    }

    private static Map<String, JsonObject> parts(JsonObject health) {
        return health.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(part -> part.getString("criterion"), Function.identity()));
    }
}
