package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Satisfaction surveys: recorded by the team, their trend, and what is refused. */
@ClientTest
class AccountSurveysApiIT {

    private final Api am = Api.as("am");

    static String survey(LocalDate on, int score, int likelihood) {
        return """
                {"surveyedOn": "%s", "respondent": "Director of Planning", "quality": %d, "schedule": %d,
                 "communication": %d, "responsiveness": %d, "value": %d, "likelihoodToRecommend": %d,
                 "comment": "Site teams respond fast; reporting is late."}
                """.formatted(on, score, score, score, score, score, likelihood);
    }

    @Test
    void recordsSurveysAndShowsTheirTrend() {
        String surveys = surveysOf(Fixtures.newAccount("Kenya Marine Authority"));
        LocalDate today = LocalDate.now();

        Api.Answer first = am.post(surveys, survey(today.minusMonths(6), 3, 6));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getJsonNumber("average").bigDecimalValue()).isEqualByComparingTo("3.00");
        assertThat(am.post(surveys, survey(today.minusDays(1), 4, 9)).status()).isEqualTo(201);

        JsonObject listed = am.get(surveys).json();
        assertThat(listed.getJsonArray("items")).hasSize(2);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getString("surveyedOn"))
                .isEqualTo(today.minusMonths(6).toString());
        assertThat(listed.getJsonArray("items").getJsonObject(1).getString("recordedBy")).isEqualTo("am");
        JsonObject trend = listed.getJsonObject("trend");
        assertThat(trend.getInt("surveys")).isEqualTo(2);
        assertThat(trend.getJsonNumber("latestAverage").bigDecimalValue()).isEqualByComparingTo("4.00");
        assertThat(trend.getJsonNumber("change").bigDecimalValue()).isEqualByComparingTo("1.00");
        // One promoter (9), one detractor (6): (1 - 1) / 2 = 0.
        assertThat(trend.getInt("netPromoterScore")).isZero();
    }

    @Test
    void refusesImpossibleDatesScoresOutOfRangeAndTheFuture() {
        String surveys = surveysOf(Fixtures.newAccount("Kenya Maritime Training Agency"));

        Api.Answer impossible = am.post(surveys, survey(LocalDate.now(), 3, 5).replaceFirst(
                "\"surveyedOn\": \"[0-9-]+\"", "\"surveyedOn\": \"2026-02-30\""));
        assertProblem(impossible, 400);
        assertThat(impossible.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("invalid_date");

        Api.Answer outOfRange = am.post(surveys, survey(LocalDate.now(), 6, 11));
        assertProblem(outOfRange, 400);
        assertThat(outOfRange.json().getJsonArray("errors")).hasSize(6);

        Api.Answer future = am.post(surveys, survey(LocalDate.now().plusDays(2), 3, 5));
        assertProblem(future, 400);
        assertThat(future.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("in_the_future");

        assertThat(am.get(surveys).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void onlyTheTeamSeesSurveysAndViewersDoNotRecordThem() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        String surveys = "/api/accounts/" + kenyaRailways + "/surveys";
        assertThat(Api.as("viewer").get(surveys).status()).isEqualTo(200);
        assertProblem(Api.as("viewer").post(surveys, survey(LocalDate.now(), 3, 5)), 403);

        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        assertProblem(am.get("/api/accounts/" + ethiopianRoads + "/surveys"), 404);
        assertProblem(am.post("/api/accounts/" + ethiopianRoads + "/surveys", survey(LocalDate.now(), 3, 5)), 404);
    }

    private static String surveysOf(JsonObject account) {
        return "/api/accounts/" + account.getJsonNumber("id").longValue() + "/surveys";
    }
}
