package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Earned value per reporting period through REST: the figures, the indexes and forecasts, and what is refused. */
@ClientTest
class EarnedValueApiIT {

    private final Api am = Api.as("am");
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private static String figures(String bac, String pv, String ev, String ac, String acCurrency) {
        return """
                {"budgetAtCompletion": {"amount": "%s", "currency": "USD"},
                 "plannedValue": {"amount": "%s", "currency": "USD"},
                 "earnedValue": {"amount": "%s", "currency": "USD"},
                 "actualCost": {"amount": "%s", "currency": "%s"}}""".formatted(bac, pv, ev, ac, acCurrency);
    }

    private String earnedValue() {
        JsonObject project = Fixtures.newProject("Kenya Railways Earned Value", "Nanyuki branch line", "EPC");
        return "/api/projects/" + project.getJsonNumber("id") + "/earned-value";
    }

    @Test
    void recordsAPeriodAndWorksOutItsIndexesAndForecasts() {
        String path = earnedValue();
        // BAC 100,000, PV 50,000, EV 40,000, AC 45,000: CPI 40/45, SPI 0.8, EAC by CPI 112,500, by CPI x SPI 129,375.
        Api.Answer recorded = am.put(path + "/" + today.plusDays(3), figures("100000", "50000", "40000", "45000", "USD"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonObject period = recorded.json();
        assertThat(period.getJsonNumber("costPerformanceIndex").bigDecimalValue()).isEqualByComparingTo("0.8889");
        assertThat(period.getJsonNumber("schedulePerformanceIndex").bigDecimalValue()).isEqualByComparingTo("0.8");
        assertThat(period.getJsonObject("costVariance").getString("amount")).isEqualTo("-5000.00");
        assertThat(period.getJsonObject("byCpi").getJsonObject("estimateAtCompletion").getString("amount"))
                .isEqualTo("112500.00");
        assertThat(period.getJsonObject("byCpi").getJsonObject("varianceAtCompletion").getString("amount"))
                .isEqualTo("-12500.00");
        assertThat(period.getJsonObject("byCpiTimesSpi").getJsonObject("estimateAtCompletion").getString("amount"))
                .isEqualTo("129375.00");
        assertThat(period.getJsonNumber("toCompletePerformanceIndex").bigDecimalValue()).isEqualByComparingTo("1.0909");
        assertThat(period.getString("recordedBy")).isEqualTo("am");

        Api.Answer corrected = am.put(path + "/" + today.plusDays(3), figures("100000", "50000", "40000", "40000", "USD"));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().getJsonNumber("costPerformanceIndex").bigDecimalValue()).isEqualByComparingTo("1");
        assertThat(am.put(path + "/" + today.plusDays(34), figures("100000", "0", "0", "0", "USD")).status()).isEqualTo(201);

        List<JsonObject> periods = am.get(path).structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(periods).extracting(p -> p.getString("periodEnd"))
                .containsExactly(today.plusDays(3).toString(), today.plusDays(34).toString());
        assertThat(periods.get(1).containsKey("costPerformanceIndex")).as("nothing spent: no CPI").isFalse();
        assertThat(periods.get(1).containsKey("byCpi")).isTrue();
    }

    @Test
    void refusesFiguresThatCannotBeAndPeriodsBeforeTheProjectStarted() {
        String path = earnedValue();
        String period = path + "/" + today.plusDays(3);
        assertFieldError(am.put(period, figures("100000", "50000", "100001", "45000", "USD")), "earnedValue", "out_of_range");
        assertFieldError(am.put(period, figures("100000", "50000", "40000", "-1", "USD")), "actualCost.amount", "out_of_range");
        assertFieldError(am.put(period, figures("100000", "50000", "40000", "45000", "EUR")), "actualCost", "not_allowed");
        assertFieldError(am.put(period, figures("0", "0", "0", "0", "USD")), "budgetAtCompletion.amount", "out_of_range");
        assertFieldError(am.put(path + "/2027-02-30", figures("100000", "50000", "40000", "45000", "USD")),
                "periodEnd", "invalid_date");
        assertFieldError(am.put(path + "/" + today.minusDays(1), figures("100000", "50000", "40000", "45000", "USD")),
                "periodEnd", "out_of_range");
        assertThat(am.get(path).structure().asJsonArray()).as("nothing stored").isEmpty();

        assertProblem(Api.as("pm").get(path), 404);
        assertProblem(Api.as("pm").put(period, figures("100000", "50000", "40000", "45000", "USD")), 404);
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        long commuter = Api.as("viewer").get("/api/projects?phase=PLANNING&account=" + kenyaRailways).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertProblem(Api.as("viewer").put("/api/projects/" + commuter + "/earned-value/" + today.plusDays(3),
                figures("100000", "50000", "40000", "45000", "USD")), 403);
    }
}
