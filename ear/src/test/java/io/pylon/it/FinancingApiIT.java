package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stateless evaluation of a financing plan through REST: figures, checks, bad input, who may use it. */
@ClientTest
class FinancingApiIT {

    private static final String EVALUATE = "/api/financing/evaluate";

    /** 1,000,000 at 6% ACT/360 drawn on 1 January 2026, a 5% premium financed, repaid in two half-yearly halves. */
    private static String plan(String amount, String rate, String firstRepayment, String dayCount) {
        return """
                {"currency": "USD", "exportContractValue": "1176470.59", "localCosts": "0", "countryCategory": "II",
                 "startingPointOfCredit": "2026-01-01", "cirr": "0.0605",
                 "tranches": [
                   {"name": "ECA buyer's credit", "type": "ECA_BUYERS_CREDIT", "amount": "%s",
                    "rate": {"type": "FIXED", "value": "%s"}, "dayCount": "%s", "upfrontFee": "0.01",
                    "premium": {"rate": "0.05", "financed": true}, "signingDate": "2026-01-01",
                    "drawdowns": [{"date": "2026-01-01", "amount": "1000000"}],
                    "repayment": {"profile": "EQUAL_PRINCIPAL", "frequencyMonths": 6, "instalments": 2,
                                  "firstRepaymentDate": "%s"}},
                   {"name": "Down payment", "type": "BUDGET", "amount": "176470.59",
                    "drawdowns": [{"date": "2026-01-01", "amount": "176470.59"}]}]}"""
                .formatted(amount, rate, dayCount, firstRepayment);
    }

    @Test
    void worksOutThePlansScheduleMetricsAndChecks() {
        Api.Answer answer = Api.as("bid").post(EVALUATE, plan("1000000", "0.06", "2026-07-01", "ACT_360"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject evaluation = answer.json();

        JsonObject metrics = evaluation.getJsonObject("metrics");
        assertThat(metrics.getString("wal")).isEqualTo("0.7479452055"); // (181/365 + 1) / 2
        double paid = 10000 + 556675 / Math.pow(1.05, 181 / 365.0) + 541100 / 1.05;
        assertThat(Double.parseDouble(metrics.getString("grantElement"))).isCloseTo(1 - paid / 1000000, within(1e-10));
        double allIn = Double.parseDouble(metrics.getString("allInCost"));
        assertThat(990000 - 556675 / Math.pow(1 + allIn, 181 / 365.0) - 541100 / (1 + allIn)).isCloseTo(0, within(1e-3));
        assertThat(metrics.getJsonObject("totals").getString("interest")).isEqualTo("47775.00");
        assertThat(metrics.getJsonObject("totals").getString("premium")).isEqualTo("50000.00");

        List<JsonObject> schedule = evaluation.getJsonArray("schedule").getValuesAs(JsonObject.class);
        assertThat(schedule).extracting(row -> row.getString("date")).containsExactly("2026-01-01", "2026-07-01", "2027-01-01");
        assertThat(schedule.get(0).getString("drawdown")).isEqualTo("1176470.59");
        assertThat(schedule.get(1).getString("interest")).isEqualTo("31675.00");
        assertThat(schedule.get(2).getString("outstanding")).isEqualTo("0.00");
        List<JsonObject> tranches = evaluation.getJsonArray("tranches").getValuesAs(JsonObject.class);
        assertThat(tranches.get(0).getJsonObject("metrics").getString("wal")).isEqualTo("0.7479452055");
        assertThat(tranches.get(1).containsKey("metrics")).as("a budget contribution is no debt").isFalse();

        assertThat(evaluation.getJsonArray("checks").getValuesAs(JsonObject.class))
                .filteredOn(check -> !check.getBoolean("passed"))
                .extracting(check -> check.getString("rule") + ": " + check.getString("message"))
                .containsExactly("MINIMUM_FIXED_RATE: ECA buyer's credit: fixed rate 6%, 5 bp below the CIRR of 6.05%");
    }

    @Test
    void aPlanWithoutDebtHasNoAllInCostAndSaysWhy() {
        Api.Answer answer = Api.as("exec").post(EVALUATE, """
                {"currency": "EUR", "exportContractValue": "100", "countryCategory": "I",
                 "startingPointOfCredit": "2026-01-01",
                 "tranches": [{"name": "Grant", "type": "GRANT", "amount": "100",
                               "drawdowns": [{"date": "2026-01-01", "amount": "100"}]}]}""");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject metrics = answer.json().getJsonObject("metrics");
        assertThat(metrics.containsKey("allInCost")).isFalse();
        assertThat(metrics.getJsonObject("notDefined").getString("allInCost")).contains("both in and out");
        assertThat(metrics.getJsonObject("notDefined").getString("wal")).isEqualTo("nothing is repaid");
    }

    @Test
    void namesTheFieldOfEveryPlanThatCannotBe() {
        Api bid = Api.as("bid");
        assertFieldError(bid.post(EVALUATE, plan("-5", "0.06", "2026-07-01", "ACT_360")), "tranches[0].amount", "out_of_range");
        assertFieldError(bid.post(EVALUATE, plan("1000000", "1.5", "2026-07-01", "ACT_360")), "tranches[0].rate.value",
                "out_of_range");
        assertFieldError(bid.post(EVALUATE, plan("1000000", "-0.06", "2026-07-01", "ACT_360")), "tranches[0].rate.value",
                "out_of_range");
        assertFieldError(bid.post(EVALUATE, plan("1000000", "six", "2026-07-01", "ACT_360")), "tranches[0].rate.value",
                "wrong_type");
        assertFieldError(bid.post(EVALUATE, plan("1000000", "0.06", "2026-02-30", "ACT_360")),
                "tranches[0].repayment.firstRepaymentDate", "invalid_date");
        assertFieldError(bid.post(EVALUATE, plan("1000000", "0.06", "2025-12-01", "ACT_360")),
                "tranches[0].repayment.firstRepaymentDate", "out_of_range");
        assertFieldError(bid.post(EVALUATE, plan("999999", "0.06", "2026-07-01", "ACT_360")), "tranches[0].drawdowns",
                "out_of_range");
        assertFieldError(bid.post(EVALUATE, plan("1000000", "0.06", "2026-07-01", "ACT_ACT")), "tranches[0].dayCount",
                "not_allowed");
        assertFieldError(bid.post(EVALUATE, plan("1000000", "0.06", "2026-07-01", "ACT_360")
                .replace("\"instalments\": 2", "\"instalments\": 120")), "tranches[0].repayment.instalments", "out_of_range");
        assertFieldError(bid.post(EVALUATE, plan("1000000", "0.06", "2026-07-01", "ACT_360").replace("\"USD\"", "\"XYZ\"")),
                "currency", "unknown_currency");
        assertFieldError(bid.post(EVALUATE, "{}"), "tranches", "required");
        assertProblem(bid.post(EVALUATE, "[1, 2]"), 400);
    }

    @Test
    void onlyThoseWhoBuildProposalsWorkOutPlans() {
        String plan = plan("1000000", "0.06", "2026-07-01", "ACT_360");
        assertProblem(Api.anonymous().post(EVALUATE, plan), 401);
        assertProblem(Api.as("viewer").post(EVALUATE, plan), 403);
        assertProblem(Api.as("pm").post(EVALUATE, plan), 403);
        for (String user : List.of("am", "admin")) {
            assertThat(Api.as(user).post(EVALUATE, plan).status()).as(user).isEqualTo(200);
        }
    }
}
