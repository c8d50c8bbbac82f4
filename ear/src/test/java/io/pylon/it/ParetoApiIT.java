package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static io.pylon.it.OpportunitiesApiIT.opportunitiesOf;
import static io.pylon.it.OpportunitiesApiIT.opportunity;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exchange rates, the tier settings, the Pareto analysis, recomputation, overrides and the tier history. The
 * database holds other tests' accounts too, so each test makes its own account the largest of all (which the tier
 * rule must put in A) and checks the rest by the invariants of the ranking.
 */
@ClientTest
class ParetoApiIT {

    private final Api admin = Api.as("admin");
    private final Api exec = Api.as("exec");
    private final Api am = Api.as("am");

    @Test
    void ranksEveryAccountByValueWithSharesThatAddUpToTheWhole() {
        JsonObject account = Fixtures.newAccount("Kenya National Highways Authority");
        long id = account.getJsonNumber("id").longValue();
        BigDecimal largest = largestValue();
        String won = largest.add(new BigDecimal("1000000")).toPlainString();
        assertThat(am.post(opportunitiesOf(account), opportunity("Mombasa bypass", won, "USD", 0, "WON", null)).status())
                .isEqualTo(201);
        // Pipeline counts value x probability; a lost one counts nothing.
        assertThat(am.post(opportunitiesOf(account), opportunity("Nakuru interchange", "1000.00", "USD", 25, "BIDDING",
                null)).status()).isEqualTo(201);
        assertThat(am.post(opportunitiesOf(account), opportunity("Thika dualling", "5000000", "USD", 90, "LOST",
                null)).status()).isEqualTo(201);

        JsonObject pareto = exec.get("/api/accounts/pareto").json();
        assertThat(pareto.getString("reportingCurrency")).isEqualTo("USD");
        assertThat(pareto.getJsonObject("cutPoints").getInt("aPercent")).isEqualTo(80);
        List<JsonObject> items = pareto.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject first = items.get(0);
        assertThat(first.getJsonNumber("accountId").longValue()).isEqualTo(id);
        assertThat(first.getString("name")).isEqualTo(account.getString("name"));
        assertThat(first.getString("country")).isEqualTo("KEN");
        assertThat(first.getJsonObject("contracted").getString("amount")).isEqualTo(new BigDecimal(won).setScale(2).toPlainString());
        assertThat(first.getJsonObject("pipeline").getString("amount")).isEqualTo("250.00");
        assertThat(first.getString("computedTier")).isEqualTo("A");

        BigDecimal shares = BigDecimal.ZERO;
        BigDecimal previousCumulative = BigDecimal.ZERO;
        BigDecimal previousValue = null;
        for (JsonObject item : items) {
            BigDecimal value = new BigDecimal(item.getJsonObject("value").getString("amount"));
            BigDecimal share = item.getJsonNumber("share").bigDecimalValue();
            BigDecimal cumulative = item.getJsonNumber("cumulativeShare").bigDecimalValue();
            assertThat(previousValue == null || value.compareTo(previousValue) <= 0).as("by value").isTrue();
            assertThat(cumulative).isGreaterThanOrEqualTo(previousCumulative);
            assertThat(item.getString("computedTier")).as(item.toString())
                    .isEqualTo(value.signum() == 0 ? "C" : tierAfter(previousCumulative));
            shares = shares.add(share);
            previousCumulative = cumulative;
            previousValue = value;
        }
        assertThat(shares).isCloseTo(BigDecimal.ONE, org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
        assertThat(previousCumulative).isEqualByComparingTo("1");
    }

    @Test
    void topListsTheHeadOfTheRankingWhileTheTotalsCoverEveryAccount() {
        JsonObject whole = exec.get("/api/accounts/pareto").json();
        List<JsonObject> items = whole.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(whole.getInt("accountCount")).isEqualTo(items.size()).isGreaterThan(3);
        List<JsonObject> tiers = whole.getJsonArray("tiers").getValuesAs(JsonObject.class);
        assertThat(tiers).extracting(tier -> tier.getString("tier")).containsExactly("A", "B", "C");
        BigDecimal valueOfTiers = BigDecimal.ZERO;
        for (JsonObject tier : tiers) {
            List<JsonObject> placed = items.stream()
                    .filter(item -> item.getString("computedTier").equals(tier.getString("tier"))).toList();
            assertThat(tier.getInt("accounts")).as(tier.toString()).isEqualTo(placed.size());
            BigDecimal value = placed.stream().map(item -> new BigDecimal(item.getJsonObject("value").getString("amount")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(tier.getJsonObject("value").getString("amount"))).isEqualByComparingTo(value);
            valueOfTiers = valueOfTiers.add(value);
        }
        assertThat(new BigDecimal(whole.getJsonObject("total").getString("amount"))).isEqualByComparingTo(valueOfTiers);

        JsonObject head = exec.get("/api/accounts/pareto?top=3").json();
        assertThat(head.getJsonArray("items").getValuesAs(JsonObject.class)).containsExactlyElementsOf(items.subList(0, 3));
        assertThat(head.getInt("accountCount")).isEqualTo(items.size());
        assertThat(head.getJsonObject("total")).isEqualTo(whole.getJsonObject("total"));
        assertThat(head.getJsonArray("tiers")).isEqualTo(whole.getJsonArray("tiers"));

        assertFieldError(exec.get("/api/accounts/pareto?top=0"), "top", "out_of_range");
        assertFieldError(exec.get("/api/accounts/pareto?top=10001"), "top", "out_of_range");
        assertFieldError(exec.get("/api/accounts/pareto?top=many"), "top", "wrong_type");
    }

    @Test
    void convertsAtTheNewestRateOnOrBeforeTheDayAndListsWhatItCannotConvert() {
        assertThat(admin.put("/api/exchange-rates/CHF/2020-01-01", "{\"rate\": \"1.25\"}").status()).isIn(200, 201);
        Api.Answer corrected = admin.put("/api/exchange-rates/CHF/2020-06-01", "{\"rate\": \"1.30\"}");
        assertThat(corrected.status()).isIn(200, 201);
        assertThat(corrected.json().getString("quoteCurrency")).isEqualTo("USD");
        assertThat(admin.put("/api/exchange-rates/CHF/2020-06-01", "{\"rate\": \"1.3\"}").status()).as("a correction")
                .isEqualTo(200);
        assertThat(am.get("/api/exchange-rates").structure().asJsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(rate -> assertThat(rate.getString("currency") + " " + rate.getString("validFrom") + " "
                        + rate.getString("rate")).isEqualTo("CHF 2020-06-01 1.3"));

        JsonObject before = am.get("/api/exchange-rates/conversion?amount=100&currency=CHF&on=2020-05-31").json();
        assertThat(before.getJsonObject("to").getString("amount")).isEqualTo("125.00");
        assertThat(before.getString("rateValidFrom")).isEqualTo("2020-01-01");
        JsonObject onTheDay = am.get("/api/exchange-rates/conversion?amount=100&currency=CHF&on=2020-06-01").json();
        assertThat(onTheDay.getJsonObject("to").getString("amount")).isEqualTo("130.00");
        assertThat(onTheDay.getString("rate")).isEqualTo("1.3");
        assertFieldError(am.get("/api/exchange-rates/conversion?amount=100&currency=CHF&on=2019-12-31"), "currency",
                "no_exchange_rate");
        assertFieldError(am.get("/api/exchange-rates/conversion?amount=100&currency=CHF&on=2020-02-30"), "on",
                "invalid_date");

        JsonObject account = Fixtures.newAccount("Kenya Pipeline Company");
        long id = account.getJsonNumber("id").longValue();
        am.post(opportunitiesOf(account), opportunity("Swiss-financed pumping station", "1000", "CHF", 100, "WON", null));
        am.post(opportunitiesOf(account), opportunity("Ulaanbaatar-financed depot", "5000", "MNT", 50, "NEGOTIATING", null));
        JsonObject pareto = exec.get("/api/accounts/pareto").json();
        JsonObject mine = itemOf(pareto, id);
        assertThat(mine.getJsonObject("value").getString("amount")).as("CHF converted, MNT left out").isEqualTo("1300.00");
        assertThat(pareto.getJsonArray("ratesUsed").getValuesAs(JsonObject.class))
                .anySatisfy(rate -> assertThat(rate.getString("currency") + " " + rate.getString("validFrom"))
                        .isEqualTo("CHF 2020-06-01"));
        assertThat(pareto.getJsonArray("unconverted").getValuesAs(JsonObject.class))
                .anySatisfy(left -> {
                    assertThat(left.getJsonNumber("accountId").longValue()).isEqualTo(id);
                    assertThat(left.getJsonObject("pipeline").getString("amount")).isEqualTo("2500.00");
                    assertThat(left.getJsonObject("pipeline").getString("currency")).isEqualTo("MNT");
                });
    }

    @Test
    void onlyAdministratorsMaintainRatesAndSettingsAndBadValuesAreRefused() {
        assertProblem(exec.put("/api/exchange-rates/CHF/2021-01-01", "{\"rate\": \"1.1\"}"), 403);
        assertProblem(am.delete("/api/exchange-rates/CHF/2020-01-01"), 403);
        assertFieldError(admin.put("/api/exchange-rates/XYZ/2021-01-01", "{\"rate\": \"1.1\"}"), "currency",
                "unknown_currency");
        assertFieldError(admin.put("/api/exchange-rates/CHF/2021-02-29", "{\"rate\": \"1.1\"}"), "validFrom",
                "invalid_date");
        assertFieldError(admin.put("/api/exchange-rates/CHF/2021-01-01", "{\"rate\": \"0\"}"), "rate", "out_of_range");
        assertFieldError(admin.put("/api/exchange-rates/USD/2021-01-01", "{\"rate\": \"1\"}"), "currency", "not_allowed");
        assertProblem(admin.delete("/api/exchange-rates/CHF/1999-01-01"), 404);

        JsonObject settings = am.get("/api/settings/tiers").json();
        long version = settings.getJsonNumber("version").longValue();
        String cutAt = "{\"reportingCurrency\": \"USD\", \"aPercent\": %d, \"bPercent\": %d, \"version\": %d}";
        assertProblem(exec.put("/api/settings/tiers", cutAt.formatted(75, 20, version)), 403);
        assertFieldError(admin.put("/api/settings/tiers", cutAt.formatted(90, 15, version)), "bPercent", "out_of_range");
        assertFieldError(admin.put("/api/settings/tiers", cutAt.formatted(0, 15, version)), "aPercent", "out_of_range");
        assertFieldError(admin.put("/api/settings/tiers", cutAt.formatted(80, 15, version).replace("USD", "DOLLAR")),
                "reportingCurrency", "unknown_currency");
        Api.Answer saved = admin.put("/api/settings/tiers", cutAt.formatted(75, 20, version));
        try {
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json().getJsonNumber("version").longValue()).isEqualTo(version + 1);
            assertThat(exec.get("/api/accounts/pareto").json().getJsonObject("cutPoints").getInt("aPercent")).isEqualTo(75);
            assertProblem(admin.put("/api/settings/tiers", cutAt.formatted(80, 15, version)), 409);
        } finally {
            // The other tests expect the defaults.
            long current = am.get("/api/settings/tiers").json().getJsonNumber("version").longValue();
            assertThat(admin.put("/api/settings/tiers", cutAt.formatted(80, 15, current)).status()).isEqualTo(200);
        }
    }

    @Test
    void anOverrideSurvivesRecomputationAndEveryChangeIsKept() {
        JsonObject account = Fixtures.newAccount("Kenya Rural Roads Authority");
        long id = account.getJsonNumber("id").longValue();
        String tier = "/api/accounts/" + id + "/tier";
        String won = largestValue().add(new BigDecimal("1000000")).toPlainString();
        am.post(opportunitiesOf(account), opportunity("Rural roads programme", won, "USD", 100, "WON", null));

        Api.Answer recomputed = exec.post("/api/accounts/tiers/recomputation", "");
        assertThat(recomputed.status()).as(recomputed.toString()).isEqualTo(200);
        assertThat(recomputed.json().getInt("changed")).isPositive();
        assertThat(am.get(tier).json().getString("tier")).isEqualTo("A");

        Api.Answer overridden = am.put(tier, "{\"tier\": \"C\", \"reason\": \"Contract frozen by a court order\"}");
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(overridden.json().getBoolean("overridden")).isTrue();
        assertThat(admin.post("/api/accounts/tiers/recomputation", "").status()).isEqualTo(200);
        JsonObject kept = am.get(tier).json();
        assertThat(kept.getString("tier")).isEqualTo("C");
        assertThat(kept.getString("computedTier")).isEqualTo("A");
        assertThat(kept.getString("overrideReason")).isEqualTo("Contract frozen by a court order");
        JsonObject item = itemOf(exec.get("/api/accounts/pareto").json(), id);
        assertThat(item.getString("tier") + item.getString("computedTier") + item.getBoolean("overridden"))
                .isEqualTo("CAtrue");

        Api.Answer removed = exec.delete(tier);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().getString("tier")).isEqualTo("A");

        List<String> history = am.get("/api/accounts/" + id + "/tier-history").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .map(change -> String.join(" ", change.getString("changedBy"), change.getString("kind"),
                        change.getString("from"), change.getString("to"),
                        change.getString("reason", "-")))
                .toList();
        assertThat(history).containsExactly(
                "exec COMPUTED C A -",
                "am OVERRIDDEN A C Contract frozen by a court order",
                "exec OVERRIDE_REMOVED C A -");
    }

    @Test
    void onlyThoseWhoMaySeeThePortfolioOrOverrideTiers() {
        for (String user : List.of("am", "bid", "pm", "viewer")) {
            assertProblem(Api.as(user).get("/api/accounts/pareto"), 403);
            assertProblem(Api.as(user).post("/api/accounts/tiers/recomputation", ""), 403);
        }
        assertThat(admin.get("/api/accounts/pareto").status()).isEqualTo(200);
        assertFieldError(exec.get("/api/accounts/pareto?on=2026-13-01"), "on", "invalid_date");

        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        String tier = "/api/accounts/" + kenyaRailways + "/tier";
        String override = "{\"tier\": \"A\", \"reason\": \"Flagship\"}";
        assertThat(Api.as("viewer").get(tier).status()).isEqualTo(200);
        assertThat(Api.as("viewer").get("/api/accounts/" + kenyaRailways + "/tier-history").status()).isEqualTo(200);
        assertProblem(Api.as("viewer").put(tier, override), 403);
        assertProblem(Api.as("bid").put(tier, override), 403);
        assertProblem(Api.as("pm").delete(tier), 403);

        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        assertProblem(am.get("/api/accounts/" + ethiopianRoads + "/tier"), 404);
        assertProblem(am.put("/api/accounts/" + ethiopianRoads + "/tier", override), 404);
        assertProblem(am.get("/api/accounts/" + ethiopianRoads + "/tier-history"), 404);

        String mine = "/api/accounts/" + Fixtures.newAccount("Kenya Ferry Services").getJsonNumber("id").longValue()
                + "/tier";
        assertFieldError(am.put(mine, "{\"tier\": \"A\"}"), "reason", "blank");
        assertFieldError(am.put(mine, "{\"tier\": \"A\", \"reason\": \"  \"}"), "reason", "blank");
        assertFieldError(am.put(mine, "{\"tier\": \"D\", \"reason\": \"Why not\"}"), "tier", "not_allowed");
        assertFieldError(am.put(mine, "{\"reason\": \"Why not\"}"), "tier", "required");
        assertThat(am.get(mine).json().getBoolean("overridden")).isFalse();
    }

    /** The value of the account ranked first now. */
    private BigDecimal largestValue() {
        return new BigDecimal(admin.get("/api/accounts/pareto").json().getJsonArray("items").getJsonObject(0)
                .getJsonObject("value").getString("amount"));
    }

    /** The tier of an account after accounts making up cumulativeBefore of the value, at the default cut points. */
    private static String tierAfter(BigDecimal cumulativeBefore) {
        if (cumulativeBefore.compareTo(new BigDecimal("0.80")) < 0) {
            return "A";
        }
        return cumulativeBefore.compareTo(new BigDecimal("0.95")) < 0 ? "B" : "C";
    }

    private static JsonObject itemOf(JsonObject pareto, long accountId) {
        return pareto.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("accountId").longValue() == accountId)
                .findFirst().orElseThrow();
    }
}
