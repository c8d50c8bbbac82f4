package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static io.pylon.it.OpportunitiesApiIT.assertFieldError;
import static io.pylon.it.OpportunitiesApiIT.opportunity;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proposals through REST: drafted, revised, submitted and frozen in versions, worked out, refused, and to whom. */
@ClientTest
class ProposalsApiIT {

    private final Api am = Api.as("am");

    /**
     * A contract of 1,176,470.59 USD costing {@code cost}, built from 1 January 2025 to 1 January 2026 and financed by
     * an ECA buyer's credit of 1,000,000 at 6% (ACT/360, 1% upfront, a 5% premium financed, repaid in two half-yearly
     * halves) and a budget down payment: the plan of FinancingApiIT.
     */
    static String terms(String cost, String costCurrency, String exchangeRate, String constructionStart) {
        return """
                {"contractPrice": "1176470.59", "costEstimate": "%s", "costCurrency": "%s"%s,
                 "constructionStart": "%s", "hurdleRate": "0.10",
                 "plan": {"currency": "USD", "exportContractValue": "1176470.59", "localCosts": "0",
                  "countryCategory": "II", "startingPointOfCredit": "2026-01-01",
                  "tranches": [
                   {"name": "ECA buyer's credit", "type": "ECA_BUYERS_CREDIT", "amount": "1000000",
                    "rate": {"type": "FIXED", "value": "0.06"}, "dayCount": "ACT_360", "upfrontFee": "0.01",
                    "premium": {"rate": "0.05", "financed": true}, "signingDate": "2025-01-01",
                    "drawdownCurve": {"from": "2025-01-01", "to": "2026-01-01"},
                    "repayment": {"profile": "EQUAL_PRINCIPAL", "frequencyMonths": 6, "instalments": 2,
                                  "firstRepaymentDate": "2026-07-01"}},
                   {"name": "Down payment", "type": "BUDGET", "amount": "176470.59",
                    "drawdowns": [{"date": "2025-01-01", "amount": "176470.59"}]}]}}"""
                .formatted(cost, costCurrency, exchangeRate == null ? "" : ", \"exchangeRate\": \"" + exchangeRate + "\"",
                        constructionStart);
    }

    static String proposalsOf(JsonObject account) {
        return "/api/accounts/" + account.getJsonNumber("id").longValue() + "/proposals";
    }

    /** An opportunity of the account, added by {@code am}. */
    static long opportunityOf(JsonObject account) {
        Api.Answer added = Api.as("am").post(OpportunitiesApiIT.opportunitiesOf(account),
                opportunity("Naivasha - Malaba line", "1176470.59", "USD", 40, "BIDDING", null));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().getJsonNumber("id").longValue();
    }

    private static String proposal(long opportunityId, String terms) {
        return "{\"opportunityId\": %d, \"title\": \"EPC+F offer\", \"terms\": %s}".formatted(opportunityId, terms);
    }

    private static String version(JsonObject line, String terms) {
        return "{\"version\": %d%s}".formatted(line.getJsonNumber("version").longValue(),
                terms == null ? "" : ", \"terms\": " + terms);
    }

    @Test
    void draftsRevisesSubmitsAndThenKeepsEachVersionFrozen() {
        JsonObject account = Fixtures.newAccount("Kenya Railways Proposals");
        String proposals = proposalsOf(account);
        Api.Answer drafted = am.post(proposals, proposal(opportunityOf(account), terms("1000000", "USD", null, "2025-01-01")));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String proposal = proposals + "/" + drafted.json().getJsonNumber("id");
        assertThat(drafted.header("Location")).endsWith(proposal);
        JsonObject first = drafted.json().getJsonArray("versions").getJsonObject(0);
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(first.getString("status")).isEqualTo("DRAFT");
        assertThat(first.getString("margin")).isEqualTo("176470.59");
        assertThat(first.getString("marginShare")).isEqualTo("0.1500");

        JsonObject one = am.get(proposal + "/versions/1").json();
        JsonObject financing = one.getJsonObject("evaluation").getJsonObject("financing");
        assertThat(financing.getJsonObject("metrics").getJsonObject("totals").getString("drawdowns"))
                .as("the debt's").isEqualTo("1000000.00");
        List<JsonObject> eca = financing.getJsonArray("tranches").getJsonObject(0).getJsonArray("schedule")
                .getValuesAs(JsonObject.class);
        assertThat(eca.stream().filter(row -> !row.getString("drawdown").equals("0.00")).count())
                .as("drawn monthly along the S-curve").isEqualTo(12);
        JsonObject contractor = one.getJsonObject("evaluation").getJsonObject("contractor");
        assertThat(contractor.getString("npv")).isNotBlank();
        assertThat(contractor.getJsonArray("positions")).isNotEmpty();
        assertThat(one.getJsonObject("terms").getJsonObject("plan").getJsonArray("tranches")).hasSize(2);

        Api.Answer revised = am.put(proposal + "/versions/1", version(one.getJsonObject("figures"),
                terms("900000", "USD", null, "2025-01-01")));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        JsonObject figures = revised.json().getJsonObject("figures");
        assertThat(figures.getString("costEstimate")).isEqualTo("900000.00");
        assertProblem(am.post(proposal + "/versions/1/submission", version(one.getJsonObject("figures"), null)), 409);

        Api.Answer submitted = am.post(proposal + "/versions/1/submission", version(figures, null));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        JsonObject frozen = submitted.json().getJsonObject("figures");
        assertThat(frozen.getString("status")).isEqualTo("SUBMITTED");
        assertThat(frozen.getString("submittedBy")).isEqualTo("am");
        Api.Answer changeFrozen = am.put(proposal + "/versions/1", version(frozen, terms("1", "USD", null, "2025-01-01")));
        assertFrozen(changeFrozen);

        Api.Answer next = am.post(proposal + "/versions", "");
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.header("Location")).endsWith(proposal + "/versions/2");
        assertThat(next.json().getJsonObject("figures").getString("costEstimate")).isEqualTo("900000.00");
        assertProblem(am.post(proposal + "/versions", ""), 409);

        List<JsonObject> versions = am.get(proposal).json().getJsonArray("versions").getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getInt("number") + " " + v.getString("status"))
                .containsExactly("1 SUBMITTED", "2 DRAFT");
        assertThat(am.get(proposals).structure().asJsonArray()).hasSize(1);
    }

    private static void assertFrozen(Api.Answer conflict) {
        assertProblem(conflict, 409);
        assertThat(conflict.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field") + " " + error.getString("code"))
                .contains("status not_allowed");
    }

    @Test
    void theSensitivityShowsTheRatesDelayAndCurrencyAroundTheBase() {
        JsonObject account = Fixtures.newAccount("Kenya Railways Sensitivity");
        String proposals = proposalsOf(account);
        String proposal = proposals + "/" + am.post(proposals, proposal(opportunityOf(account),
                terms("7000000", "CNY", "0.14", "2025-01-01"))).json().getJsonNumber("id");

        Api.Answer answer = am.get(proposal + "/versions/1/sensitivity");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject sensitivity = answer.json();
        double base = Double.parseDouble(sensitivity.getJsonObject("base").getString("allInCost"));
        List<JsonObject> factors = sensitivity.getJsonArray("factors").getValuesAs(JsonObject.class);
        assertThat(factors).extracting(f -> f.getString("shock")).containsExactlyInAnyOrder("RATE", "DELAY", "CURRENCY");
        JsonObject rate = factors.stream().filter(f -> f.getString("shock").equals("RATE")).findFirst().orElseThrow();
        assertThat(rate.getJsonObject("high").getString("change")).isEqualTo("+100 bp");
        assertThat(Double.parseDouble(rate.getJsonObject("high").getJsonObject("outcome").getString("allInCost")))
                .isGreaterThan(base);
        JsonObject currency = factors.stream().filter(f -> f.getString("shock").equals("CURRENCY")).findFirst().orElseThrow();
        double npv = Double.parseDouble(sensitivity.getJsonObject("base").getString("contractorNpv"));
        assertThat(Double.parseDouble(currency.getJsonObject("high").getJsonObject("outcome").getString("contractorNpv")))
                .as("costs in yuan 10% dearer").isLessThan(npv);
    }

    @Test
    void namesEveryFieldOfTermsThatCannotBeAndStoresNothing() {
        JsonObject account = Fixtures.newAccount("Kenya Railways Bad Terms");
        String proposals = proposalsOf(account);
        long opportunity = opportunityOf(account);

        assertFieldError(am.post(proposals, proposal(opportunity, terms("1000000", "EUR", null, "2025-01-01"))),
                "terms.exchangeRate", "required");
        assertFieldError(am.post(proposals, proposal(opportunity, terms("1000000", "USD", null, "2026-02-01"))),
                "terms.constructionStart", "out_of_range");
        assertFieldError(am.post(proposals, proposal(opportunity, terms("-5", "USD", null, "2025-02-30"))),
                "terms.constructionStart", "invalid_date");
        assertFieldError(am.post(proposals, proposal(opportunity, terms("1000000", "USD", null, "2025-01-01")
                .replace("\"amount\": \"1000000\"", "\"amount\": \"0\""))), "terms.plan.tranches[0].amount", "out_of_range");
        assertFieldError(am.post(proposals, proposal(opportunity, terms("1000000", "USD", null, "2025-01-01")
                .replace("\"to\": \"2026-01-01\"", "\"to\": \"2024-01-01\""))), "terms.plan.tranches[0].drawdownCurve.to",
                "out_of_range");
        assertFieldError(am.post(proposals, proposal(opportunity, "{\"plan\": {}}")), "terms.contractPrice", "required");
        assertFieldError(am.post(proposals, "{\"title\": \"EPC+F offer\"}"), "opportunityId", "required");
        assertProblem(am.post(proposals, proposal(opportunity + 1_000_000, terms("1000000", "USD", null, "2025-01-01"))),
                404);

        assertThat(am.get(proposals).structure().asJsonArray()).as("nothing stored").isEmpty();
    }

    @Test
    void theAccountTeamSeesProposalsAndOnlyThoseWhoWorkOutFinancingDraftThem() {
        JsonObject account = Fixtures.newAccount("Kenya Railways Proposal Team");
        String proposals = proposalsOf(account);
        long opportunity = opportunityOf(account);
        String proposal = proposals + "/" + am.post(proposals, proposal(opportunity,
                terms("1000000", "USD", null, "2025-01-01"))).json().getJsonNumber("id");

        assertProblem(Api.as("bid").get(proposals), 404);
        assertProblem(Api.as("bid").get(proposal + "/versions/1"), 404);
        assertProblem(Api.as("bid").post(proposals, proposal(opportunity, terms("1", "USD", null, "2025-01-01"))), 404);
        String team = "/api/accounts/" + account.getJsonNumber("id").longValue() + "/team/";
        assertThat(am.put(team + "bid", "{\"teamRole\": \"BID_LEAD\"}").status()).isIn(200, 201);
        assertThat(Api.as("bid").get(proposal + "/versions/1").status()).isEqualTo(200);
        assertThat(am.put(team + "pm", "{\"teamRole\": \"PROJECT_LEAD\"}").status()).isIn(200, 201);
        assertThat(Api.as("pm").get(proposals).status()).isEqualTo(200);
        assertProblem(Api.as("pm").get(proposal + "/versions/1"), 403);
        assertProblem(Api.as("pm").post(proposals, proposal(opportunity, terms("1000000", "USD", null, "2025-01-01"))), 403);
        assertThat(Api.as("exec").get(proposal + "/versions/1/sensitivity").status()).isEqualTo(200);
        assertProblem(Api.anonymous().get(proposals), 401);
    }

    @Test
    void scenariosAreComparedSideBySideAndFrozenWithTheirVersion() {
        JsonObject account = Fixtures.newAccount("Kenya Railways Scenarios");
        String proposals = proposalsOf(account);
        String proposal = proposals + "/" + am.post(proposals, proposal(opportunityOf(account),
                terms("1000000", "USD", null, "2025-01-01"))).json().getJsonNumber("id");
        String scenarios = proposal + "/versions/1/scenarios";

        Api.Answer copied = am.post(scenarios, "{\"name\": \"Cheaper buyer's credit\"}");
        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        JsonObject cheaper = copied.json();
        assertThat(cheaper.getJsonObject("terms")).isEqualTo(am.get(proposal + "/versions/1").json().getJsonObject("terms"));
        Api.Answer revised = am.put(scenarios + "/" + cheaper.getJsonNumber("id"), """
                {"version": %d, "name": "Cheaper buyer's credit", "terms": %s}""".formatted(
                cheaper.getJsonNumber("version").longValue(),
                terms("1000000", "USD", null, "2025-01-01").replace("\"value\": \"0.06\"", "\"value\": \"0.05\"")));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        long dearer = am.post(scenarios, """
                {"name": "Dearer buyer's credit", "terms": %s}""".formatted(terms("1000000", "USD", null, "2025-01-01")
                .replace("\"value\": \"0.06\"", "\"value\": \"0.07\""))).json().getJsonNumber("id").longValue();

        Api.Answer compared = am.get(proposal + "/versions/1/scenarios/comparison?scenario=" + cheaper.getJsonNumber("id")
                + "&scenario=" + dearer);

        assertThat(compared.status()).as(compared.toString()).isEqualTo(200);
        List<JsonObject> columns = compared.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(columns).extracting(c -> c.getString("name"))
                .containsExactly("Version 1", "Cheaper buyer's credit", "Dearer buyer's credit");
        List<Double> allInCosts = columns.stream()
                .map(c -> Double.parseDouble(c.getJsonObject("metrics").getString("allInCost"))).toList();
        assertThat(allInCosts.get(1)).isLessThan(allInCosts.get(0));
        assertThat(allInCosts.get(2)).isGreaterThan(allInCosts.get(0));
        assertThat(columns.get(0).getString("contractorNpv")).isNotBlank();
        assertThat(columns.get(0).getJsonArray("checks")).isNotEmpty();
        assertFieldError(am.get(proposal + "/versions/1/scenarios/comparison?scenario=1&scenario=2&scenario=3&scenario=4"),
                "scenario", "out_of_range");
        assertProblem(am.get(proposal + "/versions/1/scenarios/comparison?scenario=" + (dearer + 1_000_000)), 404);

        JsonObject figures = am.get(proposal + "/versions/1").json().getJsonObject("figures");
        assertThat(am.post(proposal + "/versions/1/submission", version(figures, null)).status()).isEqualTo(200);
        assertFrozen(am.post(scenarios, "{\"name\": \"Too late\"}"));
        assertFrozen(am.delete(scenarios + "/" + dearer));
        assertThat(am.get(scenarios).structure().asJsonArray()).hasSize(2);
    }

    @Test
    void aWonProposalBecomesAProjectWithTheVersionSubmitted() {
        JsonObject account = Fixtures.newAccount("Kenya Railways Award");
        String proposals = proposalsOf(account);
        long opportunity = opportunityOf(account);
        String proposal = proposals + "/" + am.post(proposals, proposal(opportunity,
                terms("1000000", "USD", null, "2025-01-01"))).json().getJsonNumber("id");
        Api.Answer tooEarly = am.post(proposal + "/project", "{}");
        assertProblem(tooEarly, 409);
        assertThat(tooEarly.body()).contains("opportunity.stage");
        String opportunityPath = OpportunitiesApiIT.opportunitiesOf(account) + "/" + opportunity;
        long opportunityVersion = am.get(opportunityPath).json().getJsonNumber("version").longValue();
        assertThat(am.put(opportunityPath, opportunity("Naivasha - Malaba line", "1176470.59", "USD", 100, "WON", null)
                .replaceFirst("\\{", "{\"version\": " + opportunityVersion + ", ")).status()).isEqualTo(200);
        assertFrozen(am.post(proposal + "/project", "{}"));

        JsonObject figures = am.get(proposal + "/versions/1").json().getJsonObject("figures");
        am.post(proposal + "/versions/1/submission", version(figures, null));
        Api.Answer awarded = am.post(proposal + "/project", "{\"contractType\": \"EPC_F\"}");

        assertThat(awarded.status()).as(awarded.toString()).isEqualTo(201);
        assertThat(awarded.json().getInt("awardedVersion")).isEqualTo(1);
        JsonObject project = Api.as("am").get(awarded.header("Location").replaceFirst("^http://[^/]+", "")).json();
        assertThat(project.getString("name")).isEqualTo("Naivasha - Malaba line");
        assertThat(project.getString("phase")).isEqualTo("PLANNING");
        assertThat(awarded.json().getJsonObject("project").getJsonNumber("id")).isEqualTo(project.getJsonNumber("id"));
        Api.Answer twice = am.post(proposal + "/project", "{}");
        assertProblem(twice, 409);
        assertThat(twice.body()).contains("\"project\"");
    }
}
