package io.pylon.it;

import static io.pylon.it.ProposalsApiIT.opportunityOf;
import static io.pylon.it.ProposalsApiIT.proposalsOf;
import static io.pylon.it.ProposalsApiIT.terms;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A version of a proposal as a PDF, its text read back: the Chinese title and tranche, the price, the schedule row
 * by row, the figures as the API gives them, a failed check and the scenarios compared; and to whom it is refused.
 */
@ClientTest
class ProposalPdfApiIT {

    private static final String PDF = "application/pdf";
    /** A row of the total schedule as the PDF's text has it: the day and seven amounts. */
    private static final Pattern SCHEDULE_ROW = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?: -?\\d{1,3}(?:,\\d{3})*\\.\\d{2}){7}");

    private final Api am = Api.as("am");

    /** The terms of ProposalsApiIT with a Chinese buyer's credit at {@code rate} against a CIRR of 6.05%. */
    private static String termsAt(String rate) {
        return terms("1000000", "USD", null, "2025-01-01")
                .replace("ECA buyer's credit", "出口信贷")
                .replace("\"value\": \"0.06\"", "\"value\": \"" + rate + "\"")
                .replace("\"countryCategory\": \"II\",", "\"countryCategory\": \"II\", \"cirr\": \"0.0605\",");
    }

    /** A proposal of a new account with two scenarios beside its version 1, a draft: the address of the proposal. */
    private String proposalWithScenarios(JsonObject account) {
        String proposals = proposalsOf(account);
        Api.Answer drafted = am.post(proposals, """
                {"opportunityId": %d, "title": "蒙内铁路二期 EPC+F", "terms": %s}"""
                .formatted(opportunityOf(account), termsAt("0.06")));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String proposal = proposals + "/" + drafted.json().getJsonNumber("id");
        for (String scenario : List.of("""
                {"name": "Buyer's credit at 6.5%%", "terms": %s}""".formatted(termsAt("0.065")), """
                {"name": "七厘利率", "terms": %s}""".formatted(termsAt("0.07")))) {
            Api.Answer added = am.post(proposal + "/versions/1/scenarios", scenario);
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
        return proposal;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void printsTheVersionWithItsScheduleFiguresChecksAndScenariosAsTheApiWorksThemOut() throws IOException {
        String proposal = proposalWithScenarios(Fixtures.newAccount("Kenya Railways Proposal PDF"));
        JsonObject financing = am.get(proposal + "/versions/1").json().getJsonObject("evaluation")
                .getJsonObject("financing");

        HttpResponse<byte[]> pdf = am.download(proposal + "/versions/1/pdf", PDF);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PDF));
        String proposalId = proposal.substring(proposal.lastIndexOf('/') + 1);
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment; filename=\"proposal-" + proposalId + "-version-1.pdf\""));
        String text = text(pdf.body());
        String allInCost = new BigDecimal(financing.getJsonObject("metrics").getString("allInCost")).movePointRight(2)
                .setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
        String failed = financing.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("rule").equals("MINIMUM_FIXED_RATE")).findFirst().orElseThrow()
                .getString("message");
        assertThat(failed).contains("below the CIRR");
        assertThat(squeezed(text)).contains("蒙内铁路二期EPC+F", "出口信贷", "Contractprice1,176,470.59USD",
                "All-incost" + allInCost, "MINIMUM_FIXED_RATEFAILED" + squeezed(failed),
                "MetricVersion1Buyer'screditat6.5%七厘利率", "Failedchecks1:MINIMUM_FIXED_RATEnonenone");

        List<String> apiDays = financing.getJsonArray("schedule").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString("date")).toList();
        Matcher rows = SCHEDULE_ROW.matcher(text);
        List<String> printedDays = rows.results().map(row -> row.group(1)).toList();
        assertThat(printedDays).as("a row per day of the API's total schedule").isEqualTo(apiDays);
    }

    @Test
    void printsTheScenariosAskedForAndRefusesMoreThanThreeOrOnesTheVersionLacks() throws IOException {
        String proposal = proposalWithScenarios(Fixtures.newAccount("Kenya Railways Proposal PDF Scenarios"));
        List<JsonObject> scenarios = am.get(proposal + "/versions/1/scenarios").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        String second = scenarios.get(1).getJsonNumber("id").toString();

        HttpResponse<byte[]> pdf = am.download(proposal + "/versions/1/pdf?scenario=" + second, PDF);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(squeezed(text(pdf.body()))).contains("MetricVersion1七厘利率").doesNotContain("Buyer'screditat6.5%");
        HttpResponse<byte[]> four = am.download(proposal + "/versions/1/pdf?scenario=1&scenario=2&scenario=3&scenario=4",
                PDF);
        assertThat(four.statusCode()).isEqualTo(400);
        try (JsonReader problem = Json.createReader(new ByteArrayInputStream(four.body()))) {
            assertThat(problem.readObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(error -> error.getString("field") + " " + error.getString("code"))
                    .containsExactly("scenario out_of_range");
        }
        assertThat(am.download(proposal + "/versions/1/pdf?scenario=" + second + "000000", PDF).statusCode())
                .as("a scenario the version does not have").isEqualTo(404);
    }

    @Test
    void onlyThoseWhoReadTheVersionsEvaluationGetItsPdf() {
        JsonObject account = Fixtures.newAccount("Kenya Railways Proposal PDF Team");
        String proposal = proposalWithScenarios(account);
        String pdf = proposal + "/versions/1/pdf";

        assertThat(Api.as("bid").download(pdf, PDF).statusCode()).as("outside the account's team").isEqualTo(404);
        String team = "/api/accounts/" + account.getJsonNumber("id").longValue() + "/team/";
        assertThat(am.put(team + "pm", "{\"teamRole\": \"PROJECT_LEAD\"}").status()).isIn(200, 201);
        assertThat(Api.as("pm").download(pdf, PDF).statusCode()).as("sees the account, works out no financing")
                .isEqualTo(403);
        assertThat(Api.as("exec").download(pdf, PDF).statusCode()).isEqualTo(200);
        assertThat(am.download(proposal + "/versions/9/pdf", PDF).statusCode()).as("no such version").isEqualTo(404);
        assertThat(Api.anonymous().download(pdf, PDF).statusCode()).isEqualTo(401);
    }
}
