package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A gate's review sheet as a PDF: what was reviewed, attached, decided and is to be signed, for the project's readers only. */
@ClientTest
class GateReviewPdfApiIT {

    private static final String PDF = "application/pdf";

    private final Api am = Api.as("am");
    private final Api exec = Api.as("exec");

    private static String gates(JsonObject project) {
        return "/api/projects/" + project.getJsonNumber("id").longValue() + "/gates";
    }

    /** A project whose name is partly Chinese, as an agency's own documents often give it. */
    private static JsonObject newProject() {
        return Fixtures.newProject("Kenya Railways Review Sheet", "内罗毕通勤铁路 Nairobi commuter rail", "EPC_F");
    }

    private JsonObject g1(JsonObject project) {
        return am.get(gates(project)).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(gate -> gate.getString("code").equals("G1")).findFirst().orElseThrow();
    }

    private static String criterion(JsonObject project, JsonObject gate, JsonObject criterion) {
        return gates(project) + "/" + gate.getJsonNumber("id") + "/criteria/" + criterion.getJsonNumber("id");
    }

    private static void assertOk(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
    }

    @Test
    void printsTheCriteriaWithTheirEvidenceTheDecisionsAndTheSignaturesWithTheChineseNote() throws IOException {
        JsonObject project = newProject();
        JsonObject g1 = g1(project);
        List<JsonObject> criteria = g1.getJsonArray("criteria").getValuesAs(JsonObject.class);
        List<JsonObject> mustMeet = criteria.stream().filter(c -> c.getString("kind").equals("MUST_MEET")).toList();
        JsonObject estimate = mustMeet.get(0);
        assertOk(am.put(criterion(project, g1, estimate), """
                {"status": "MET", "note": "估算已由财务部审核", "version": %d}""".formatted(estimate.getInt("version"))));
        assertOk(exec.put(criterion(project, g1, mustMeet.get(1)) + "/waiver", """
                {"reason": "Framework agreement names the risks", "version": %d}""".formatted(mustMeet.get(1).getInt("version"))));
        for (JsonObject other : mustMeet.subList(2, mustMeet.size())) {
            assertOk(am.put(criterion(project, g1, other), """
                    {"status": "MET", "version": %d}""".formatted(other.getInt("version"))));
        }
        JsonObject scored = criteria.stream().filter(c -> c.getString("kind").equals("SHOULD_MEET")).findFirst().orElseThrow();
        assertOk(am.put(criterion(project, g1, scored), """
                {"status": "MET", "score": 4, "version": %d}""".formatted(scored.getInt("version"))));
        assertOk(am.upload(criterion(project, g1, estimate) + "/evidence", "Class 5 estimate.pdf", GatesApiIT.pdf()));
        String decisions = gates(project) + "/" + g1.getJsonNumber("id") + "/decisions";
        assertOk(exec.post(decisions, """
                {"decision": "HOLD", "rationale": "Wait for the budget vote"}"""));
        assertOk(exec.post(decisions, """
                {"decision": "CONDITIONAL_GO", "rationale": "Bid for it",
                 "conditions": [{"text": "Budget voted by parliament", "dueOn": "2027-03-31"}]}"""));

        HttpResponse<byte[]> pdf = am.download(gates(project) + "/" + g1.getJsonNumber("id") + "/pdf", PDF);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PDF));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment; filename=\"gate-review-"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertThat(text).contains("GatereviewG1", "内罗毕通勤铁路Nairobicommuterrail", "EPC+F",
                estimate.getString("text").replaceAll("\\s+", ""), scored.getString("text").replaceAll("\\s+", ""),
                "估算已由财务部审核", "Waived:Frameworkagreementnamestherisks", "Class5estimate.pdf·application/pdf",
                "Weightedscoreoftheshould-meetcriteria:4.00of5", "HOLDWaitforthebudgetvote",
                "Budgetvotedbyparliament(due2027-03-31)", "ElenaExecutive", "Signatures",
                "RoleNameDateSignatureexecutiveElenaExecutive");
        assertThat(text.indexOf("HOLD")).as("oldest first").isLessThan(text.indexOf("CONDITIONAL"));
    }

    @Test
    void onlyThoseWhoSeeTheProjectGetItsGatesSheets() {
        JsonObject project = newProject();
        String pdf = gates(project) + "/" + g1(project).getJsonNumber("id") + "/pdf";
        assertThat(am.download(pdf, PDF).statusCode()).isEqualTo(200);
        assertThat(Api.as("admin").download(pdf, PDF).statusCode()).as("reads every project").isEqualTo(200);

        assertThat(Api.as("pm").download(pdf, PDF).statusCode()).as("outside the owner's team").isEqualTo(404);
        assertThat(Api.anonymous().download(pdf, PDF).statusCode()).isEqualTo(401);
        JsonObject other = newProject();
        assertThat(am.download(gates(other) + "/" + g1(project).getJsonNumber("id") + "/pdf", PDF).statusCode())
                .as("a gate of another project").isEqualTo(404);
        assertThat(am.download(gates(project) + "/0/pdf", PDF).statusCode()).isEqualTo(404);
    }
}
