package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opportunities of an account: added and revised by the team, what is refused, and who sees them. */
@ClientTest
class OpportunitiesApiIT {

    private final Api am = Api.as("am");

    static String opportunity(String title, String amount, String currency, int probability, String stage,
                              String awardOn) {
        return """
                {"title": "%s", "sector": "RAIL", "country": "KEN",
                 "estimatedValue": {"amount": "%s", "currency": "%s"},
                 "winProbabilityPercent": %d, "stage": "%s", "expectedAwardOn": %s}
                """.formatted(title, amount, currency, probability, stage, awardOn == null ? "null" : "\"" + awardOn + "\"");
    }

    static String opportunitiesOf(JsonObject account) {
        return "/api/accounts/" + account.getJsonNumber("id").longValue() + "/opportunities";
    }

    @Test
    void addsListsAndRevisesOpportunitiesWithVersions() {
        String opportunities = opportunitiesOf(Fixtures.newAccount("Kenya Urban Roads Authority"));

        Api.Answer added = am.post(opportunities, opportunity("  Outer ring road,  lot 2 ", "125000000.50", "EUR", 40,
                "BIDDING", "2027-03-31"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject created = added.json();
        assertThat(created.getString("title")).isEqualTo("Outer ring road, lot 2");
        assertThat(created.getJsonObject("estimatedValue").getString("amount")).isEqualTo("125000000.50");
        assertThat(created.getJsonObject("estimatedValue").getString("currency")).isEqualTo("EUR");
        assertThat(created.getInt("winProbabilityPercent")).isEqualTo(40);
        assertThat(added.header("Location")).endsWith(opportunities + "/" + created.getJsonNumber("id").longValue());
        assertThat(am.post(opportunities, opportunity("Bus rapid transit depot", "9000000", "USD", 0, "IDENTIFIED", null))
                .status()).isEqualTo(201);

        List<String> titles = am.get(opportunities).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("title")).toList();
        assertThat(titles).as("dated first, undated last").containsExactly("Outer ring road, lot 2", "Bus rapid transit depot");

        String one = opportunities + "/" + created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        Api.Answer won = am.put(one, opportunity("Outer ring road, lot 2", "118000000", "EUR", 100, "WON", "2027-02-15")
                .replace("}\n", ", \"version\": " + version + "}\n"));
        assertThat(won.status()).as(won.toString()).isEqualTo(200);
        assertThat(won.json().getString("stage")).isEqualTo("WON");
        assertThat(am.get(one).json().getJsonObject("estimatedValue").getString("amount")).isEqualTo("118000000.00");

        Api.Answer stale = am.put(one, opportunity("Outer ring road, lot 2", "1", "EUR", 100, "LOST", null)
                .replace("}\n", ", \"version\": " + version + "}\n"));
        assertProblem(stale, 409);
        assertThat(am.get(one).json().getString("stage")).isEqualTo("WON");
    }

    @Test
    void refusesProbabilitiesOutOfRangeUnknownCurrenciesAndDatesThatDoNotExist() {
        String opportunities = opportunitiesOf(Fixtures.newAccount("Kenya Ports Authority Marine"));

        assertFieldError(am.post(opportunities, opportunity("Berth 22", "1000", "USD", 101, "BIDDING", null)),
                "winProbabilityPercent", "out_of_range");
        assertFieldError(am.post(opportunities, opportunity("Berth 22", "1000", "USD", -1, "BIDDING", null)),
                "winProbabilityPercent", "out_of_range");
        assertFieldError(am.post(opportunities, opportunity("Berth 22", "1000", "XYZ", 50, "BIDDING", null)),
                "estimatedValue.currency", "unknown_currency");
        assertFieldError(am.post(opportunities, opportunity("Berth 22", "1000", "USD", 50, "BIDDING", "2027-02-30")),
                "expectedAwardOn", "invalid_date");
        assertFieldError(am.post(opportunities, opportunity("Berth 22", "-5", "USD", 50, "BIDDING", null)),
                "estimatedValue.amount", "out_of_range");
        assertFieldError(am.post(opportunities, opportunity("Berth 22", "10.005", "USD", 50, "BIDDING", null)),
                "estimatedValue.amount", "out_of_range");
        assertFieldError(am.post(opportunities, opportunity("Berth 22", "ten", "USD", 50, "BIDDING", null)),
                "estimatedValue.amount", "wrong_type");
        assertFieldError(am.post(opportunities, opportunity("Berth 22", "1000", "USD", 50, "SIGNED", null)),
                "stage", "not_allowed");
        assertFieldError(am.post(opportunities, opportunity(" ", "1000", "USD", 50, "BIDDING", null)),
                "title", "blank");
        assertFieldError(am.post(opportunities, "{}"), "title", "blank");

        assertThat(am.get(opportunities).structure().asJsonArray()).as("nothing stored").isEmpty();
    }

    @Test
    void theTeamSeesOpportunitiesAndOnlyItsWritersChangeThem() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        String opportunities = "/api/accounts/" + kenyaRailways + "/opportunities";
        assertThat(Api.as("viewer").get(opportunities).status()).isEqualTo(200);
        assertProblem(Api.as("viewer").post(opportunities, opportunity("Refused", "1000", "USD", 50, "BIDDING", null)), 403);

        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        String hidden = "/api/accounts/" + ethiopianRoads + "/opportunities";
        assertProblem(am.get(hidden), 404);
        assertProblem(am.post(hidden, opportunity("Refused", "1000", "USD", 50, "BIDDING", null)), 404);

        String mine = opportunitiesOf(Fixtures.newAccount("Kenya Airports Authority Cargo"));
        long id = am.post(mine, opportunity("Cargo terminal", "1000", "USD", 50, "BIDDING", null)).json()
                .getJsonNumber("id").longValue();
        assertProblem(am.get(opportunities + "/" + id), 404);
        assertProblem(Api.as("bid").get(mine + "/" + id), 404);
    }

    static void assertFieldError(Api.Answer answer, String field, String code) {
        assertProblem(answer, 400);
        assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + " " + error.getString("code")))
                .as(answer.toString())
                .contains(field + " " + code);
    }
}
