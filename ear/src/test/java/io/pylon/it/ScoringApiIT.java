package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Scoring: the criteria an administrator weighs, the ratings an account team gives, runs and explained scores. */
@ClientTest
class ScoringApiIT {

    static final String CRITERIA = "/api/scoring/criteria";
    private static final Offset<BigDecimal> CLOSE = Offset.offset(new BigDecimal("0.0001"));

    private final Api admin = Api.as("admin");
    private final Api am = Api.as("am");

    @Test
    void administratorsWeighTheCriteriaWithinTheRules() {
        JsonObject before = Api.as("viewer").get(CRITERIA).json();
        assertThat(before.getJsonArray("criteria")).extracting(c -> ((JsonObject) c).getString("criterion"))
                .containsExactly("PURCHASE_HISTORY", "BUSINESS_SCALE", "GROWTH", "RELATIONSHIP_STRENGTH", "STRATEGIC_SIGNIFICANCE",
                        "PAYMENT_BEHAVIOUR");
        String growth35 = """
                {"criteria": [{"criterion": "GROWTH", "weight": 35, "enabled": true}]}""";
        assertProblem(am.put(CRITERIA, growth35), 403);
        assertProblem(Api.as("exec").put(CRITERIA, growth35), 403);

        Api.Answer outOfRange = admin.put(CRITERIA, """
                {"criteria": [{"criterion": "GROWTH", "weight": 101, "enabled": true},
                              {"criterion": "LUCK", "weight": 5, "enabled": true},
                              {"criterion": "BUSINESS_SCALE", "enabled": true}]}""");
        assertProblem(outOfRange, 400);
        assertThat(fieldCodes(outOfRange)).containsEntry("criteria[0].weight", "out_of_range")
                .containsEntry("criteria[1].criterion", "not_allowed")
                .containsEntry("criteria[2].weight", "required");
        assertProblem(admin.put(CRITERIA, ""), 400);

        Api.Answer nothingCounts = admin.put(CRITERIA, criteriaBody(before, criterion -> 10, criterion -> false));
        assertProblem(nothingCounts, 400);
        assertThat(fieldCodes(nothingCounts)).containsEntry("criteria", "required");
        assertThat(admin.get(CRITERIA).json()).isEqualTo(before);

        try {
            Api.Answer reweighed = admin.put(CRITERIA, growth35);
            assertThat(reweighed.status()).as(reweighed.toString()).isEqualTo(200);
            JsonObject growth = criterion(admin.get(CRITERIA).json(), "GROWTH");
            assertThat(growth.getInt("weight")).isEqualTo(35);
            assertThat(growth.getInt("defaultWeight")).isEqualTo(20);
        } finally {
            restore(before);
        }
    }

    @Test
    void ratingsAreGivenByTheTeamsWritersWithinOneToFive() {
        long id = Fixtures.newAccount("Kenya Rural Roads Authority").getJsonNumber("id").longValue();
        String ratings = "/api/accounts/" + id + "/ratings";

        Api.Answer outOfRange = am.put(ratings, """
                {"strategicSignificance": 6, "paymentBehaviour": 0, "comment": " "}""");
        assertProblem(outOfRange, 400);
        assertThat(fieldCodes(outOfRange)).containsEntry("strategicSignificance", "out_of_range")
                .containsEntry("paymentBehaviour", "out_of_range").containsEntry("comment", "blank");
        assertThat(absent(am.get(ratings).json(), "ratedBy")).isTrue();

        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        String rating = """
                {"strategicSignificance": 3, "paymentBehaviour": null, "comment": "Steady"}""";
        assertThat(Api.as("viewer").get("/api/accounts/" + kenyaRailways + "/ratings").status()).isEqualTo(200);
        assertProblem(Api.as("viewer").put("/api/accounts/" + kenyaRailways + "/ratings", rating), 403);
        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        assertProblem(am.put("/api/accounts/" + ethiopianRoads + "/ratings", rating), 404);
        assertProblem(am.get("/api/accounts/" + ethiopianRoads + "/ratings"), 404);
        assertProblem(am.get("/api/accounts/" + ethiopianRoads + "/score"), 404);

        Api.Answer rated = am.put(ratings, rating);
        assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
        assertThat(rated.json().getInt("strategicSignificance")).isEqualTo(3);
        assertThat(absent(rated.json(), "paymentBehaviour")).isTrue();
        assertThat(rated.json().getString("ratedBy")).isEqualTo("am");
    }

    @Test
    void explainsEachCriterionOfAScoreFromTheAccountsOwnData() {
        long id = Fixtures.newAccount("Kenya Urban Roads Authority").getJsonNumber("id").longValue();
        String contacts = "/api/accounts/" + id + "/contacts";
        assertThat(am.post(contacts, """
                {"name": "Amina Odhiambo", "influence": "DECISION_MAKER", "relationshipStrength": 5}""").status())
                .isEqualTo(201);
        assertThat(am.post(contacts, """
                {"name": "Otieno Kariuki", "influence": "USER", "relationshipStrength": 1}""").status()).isEqualTo(201);

        Api.Answer rated = am.put("/api/accounts/" + id + "/ratings", """
                {"strategicSignificance": 4, "paymentBehaviour": 2, "comment": "Gateway to the capital's ring roads"}""");
        assertThat(rated.status()).as(rated.toString()).isEqualTo(200);

        JsonObject score = am.get("/api/accounts/" + id + "/score").json();
        Map<String, JsonObject> parts = score.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(part -> part.getString("criterion"), part -> part));
        // No projects: business scale and growth have no data and are left out.
        assertThat(parts.get("BUSINESS_SCALE").getBoolean("counted")).isFalse();
        assertThat(parts.get("BUSINESS_SCALE").getString("leftOut")).isEqualTo("NO_DATA");
        assertThat(parts.get("GROWTH").getJsonObject("explanation").getString("code")).isEqualTo("growth.none");
        // A decision maker at 5 weighs 4, a user at 1 weighs 1: (4 * 5 + 1 * 1) / 5 = 4.2, scoring (4.2 - 1) / 4 * 100 = 80.
        JsonObject relationship = parts.get("RELATIONSHIP_STRENGTH");
        assertThat(number(relationship, "figure")).isEqualByComparingTo("4.2");
        assertThat(number(relationship, "score")).isEqualByComparingTo("80");
        assertThat(relationship.getJsonObject("explanation").getString("text"))
                .startsWith("2 contacts, 1 of them decision makers: strength 4.20 of 5");
        // Ratings 4 and 2 score 75 and 25.
        assertThat(number(parts.get("STRATEGIC_SIGNIFICANCE"), "score")).isEqualByComparingTo("75");
        JsonObject payment = parts.get("PAYMENT_BEHAVIOUR");
        assertThat(number(payment, "score")).isEqualByComparingTo("25");
        assertThat(payment.getJsonObject("explanation").getString("text")).isEqualTo(
                "Rated 2 of 5 by am: Gateway to the capital's ring roads (the team's rating: receivables are not recorded yet)");

        // The weights in force, whatever they are, shared out over the three criteria with data.
        Map<String, Integer> weights = new HashMap<>();
        for (JsonObject criterion : admin.get(CRITERIA).json().getJsonArray("criteria").getValuesAs(JsonObject.class)) {
            weights.put(criterion.getString("criterion"), criterion.getBoolean("enabled") ? criterion.getInt("weight") : 0);
        }
        Map<String, Integer> scores = Map.of("RELATIONSHIP_STRENGTH", 80, "STRATEGIC_SIGNIFICANCE", 75, "PAYMENT_BEHAVIOUR", 25);
        int totalWeight = scores.keySet().stream().mapToInt(weights::get).sum();
        BigDecimal expected = BigDecimal.valueOf(scores.entrySet().stream()
                        .mapToInt(entry -> entry.getValue() * weights.get(entry.getKey())).sum())
                .divide(BigDecimal.valueOf(totalWeight), MathContext.DECIMAL64);
        assertThat(number(score, "score")).isCloseTo(expected, CLOSE);
        BigDecimal strategicShare = BigDecimal.valueOf(weights.get("STRATEGIC_SIGNIFICANCE"))
                .divide(BigDecimal.valueOf(totalWeight), MathContext.DECIMAL64);
        assertThat(number(parts.get("STRATEGIC_SIGNIFICANCE"), "contribution"))
                .isCloseTo(strategicShare.multiply(BigDecimal.valueOf(75)), CLOSE);
    }

    @Test
    void purchaseHistoryIsTheValueOfTheContractsWonConvertedWhereARateExists() {
        JsonObject account = Fixtures.newAccount("Kenya National Highways Authority Purchases");
        long id = account.getJsonNumber("id").longValue();
        String opportunities = OpportunitiesApiIT.opportunitiesOf(account);
        for (String won : List.of(
                OpportunitiesApiIT.opportunity("Northern bypass", "1000000", "USD", 100, "WON", null),
                OpportunitiesApiIT.opportunity("Eastern bypass", "500000", "EUR", 100, "WON", null),
                OpportunitiesApiIT.opportunity("Southern bypass", "2500000", "ZAR", 100, "WON", null),
                OpportunitiesApiIT.opportunity("Western bypass", "9000000", "USD", 90, "NEGOTIATING", null))) {
            assertThat(am.post(opportunities, won).status()).isEqualTo(201);
        }
        BigDecimal eur = new BigDecimal(am.get("/api/exchange-rates/conversion?amount=500000&currency=EUR").json()
                .getJsonObject("to").getString("amount"));
        assertThat(am.put("/api/accounts/" + id + "/ratings", """
                {"strategicSignificance": 3, "comment": "Rescore now"}""").status()).isEqualTo(200);

        JsonObject purchases = am.get("/api/accounts/" + id + "/score").json().getJsonArray("parts")
                .getValuesAs(JsonObject.class).stream()
                .filter(part -> part.getString("criterion").equals("PURCHASE_HISTORY")).findFirst().orElseThrow();
        // The open opportunity is pipeline, not a purchase; the rand has no rate and is named, not summed.
        BigDecimal total = new BigDecimal("1000000").add(eur);
        assertThat(number(purchases, "figure")).isEqualByComparingTo(total);
        JsonObject explanation = purchases.getJsonObject("explanation");
        assertThat(explanation.getString("code")).isEqualTo("purchases.measuredInPart");
        JsonObject args = explanation.getJsonObject("args");
        assertThat(args.getString("contracts")).isEqualTo("3");
        assertThat(args.getString("unconverted")).isEqualTo("ZAR");
        BigDecimal largest = new BigDecimal(args.getString("largest"));
        assertThat(largest).isGreaterThanOrEqualTo(total.setScale(0, RoundingMode.HALF_UP));
        double expected = Math.max(0, 100 * (1 + Math.log10(total.doubleValue() / largest.doubleValue()) / 3));
        assertThat(number(purchases, "score").doubleValue()).isCloseTo(expected, Offset.offset(0.01));
        assertThat(explanation.getString("text")).startsWith("Awarded us 3 contracts worth " + total.setScale(0,
                RoundingMode.HALF_UP).toPlainString() + " USD in all");
    }

    @Test
    void aRunRescoresEveryAccountForAdministratorsAndExecutives() {
        long id = Fixtures.newAccount("Kenya Ports Authority Annex").getJsonNumber("id").longValue();
        String score = "/api/accounts/" + id + "/score";
        assertThat(absent(am.get(score).json(), "computedAt")).isTrue();

        assertProblem(am.post("/api/scoring/runs", ""), 403);
        Api.Answer run = Api.as("exec").post("/api/scoring/runs", "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().getJsonNumber("accounts").longValue()).isPositive();

        JsonObject scored = am.get(score).json();
        assertThat(absent(scored, "computedAt")).isFalse();
        assertThat(absent(scored, "score")).as("no criterion has data").isTrue();
        JsonArray parts = scored.getJsonArray("parts");
        assertThat(parts).isNotEmpty().allSatisfy(part -> assertThat(((JsonObject) part).getString("leftOut")).isEqualTo("NO_DATA"));
    }

    @Test
    void theAccountListShowsScoresAndSortsByThem() {
        JsonObject account = Fixtures.newAccount("Kenya Airports Authority Scoring");
        long id = account.getJsonNumber("id").longValue();
        assertThat(am.put("/api/accounts/" + id + "/ratings", """
                {"strategicSignificance": 5, "paymentBehaviour": 5, "comment": "Top"}""").status()).isEqualTo(200);

        JsonObject found = am.get("/api/accounts?q=" + account.getString("name").replace(" ", "+")).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(number(found, "score")).isEqualByComparingTo("100");
        assertThat(number(am.get("/api/accounts/" + id).json(), "score")).isEqualByComparingTo("100");

        JsonArray byScore = admin.get("/api/accounts?sort=-score&size=100").json().getJsonArray("items");
        BigDecimal previous = null;
        boolean unscoredSeen = false;
        for (JsonObject item : byScore.getValuesAs(JsonObject.class)) {
            if (absent(item, "score")) {
                unscoredSeen = true;
                continue;
            }
            assertThat(unscoredSeen).as("accounts without a score come last").isFalse();
            BigDecimal score = number(item, "score");
            assertThat(previous == null || previous.compareTo(score) >= 0).as("%s after %s", score, previous).isTrue();
            previous = score;
        }
        assertThat(previous).as("some account has a score").isNotNull();
    }

    private void restore(JsonObject before) {
        Api.Answer restored = admin.put(CRITERIA, criteriaBody(before, c -> c.getInt("weight"), c -> c.getBoolean("enabled")));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }

    /** Every criterion of {@code criteria} with the weight and on/off the functions give it, as a PUT body. */
    static String criteriaBody(JsonObject criteria, Function<JsonObject, Integer> weight, Function<JsonObject, Boolean> enabled) {
        return criteria.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(c -> "{\"criterion\": \"%s\", \"weight\": %d, \"enabled\": %b}"
                        .formatted(c.getString("criterion"), weight.apply(c), enabled.apply(c)))
                .collect(Collectors.joining(",", "{\"criteria\": [", "]}"));
    }

    private static JsonObject criterion(JsonObject criteria, String name) {
        return criteria.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("criterion").equals(name)).findFirst().orElseThrow();
    }

    /** JSON-B leaves out null properties. */
    private static boolean absent(JsonObject json, String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    private static BigDecimal number(JsonObject json, String field) {
        return json.getJsonNumber(field).bigDecimalValue();
    }

    private static Map<String, String> fieldCodes(Api.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code"), (a, b) -> a));
    }
}
