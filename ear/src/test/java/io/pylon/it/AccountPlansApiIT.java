package io.pylon.it;

import static io.pylon.it.ErrorsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Account plans per year: edited piece by piece with versions, printed as PDF, validated, and guarded by the team. */
@ClientTest
class AccountPlansApiIT {

    private static final int YEAR = Year.now().getValue();

    private final Api am = Api.as("am");

    static String objective(String title, String owner, String dueOn, String status) {
        return """
                {"title": "%s", "owner": "%s", "dueOn": "%s", "status": "%s",
                 "measures": [{"description": "Financing signed", "target": "USD 400 million"}]}
                """.formatted(title, owner, dueOn, status);
    }

    @Test
    void startsAPlanAndChangesItPieceByPieceWithoutLosingOthersEdits() {
        String plan = planOf(Fixtures.newAccount("Kenya Ports Authority"), YEAR);

        Api.Answer started = am.put(plan, """
                {"strengths": ["Delivered the Mombasa berths on time"], "weaknesses": ["No office in Kisumu"]}""");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().getInt("version")).isZero();
        assertThat(started.json().getString("changedBy")).isEqualTo("am");

        // Someone else changes the competitors only: the strengths stay.
        Api.Answer competitors = Api.as("admin").put(plan, """
                {"version": 0, "competitors": [{"name": "CHEC", "position": "Incumbent at Lamu"}],
                 "developmentPlans": [{"name": "Port Master Plan", "horizonFrom": 2025, "horizonTo": 2040,
                                       "budget": {"amount": "2500000000", "currency": "USD"}}]}""");
        assertThat(competitors.status()).as(competitors.toString()).isEqualTo(200);
        JsonObject read = am.get(plan).json();
        assertThat(read.getInt("version")).isEqualTo(1);
        assertThat(read.getJsonArray("strengths").getString(0)).isEqualTo("Delivered the Mombasa berths on time");
        assertThat(read.getJsonArray("competitors").getJsonObject(0).getString("position")).isEqualTo("Incumbent at Lamu");
        assertThat(read.getJsonArray("developmentPlans").getJsonObject(0).getJsonObject("budget").getString("amount"))
                .isEqualTo("2500000000.00");
        assertThat(read.getString("changedBy")).isEqualTo("admin");

        // Objectives carry their own versions: adding and updating one leaves the plan's version alone.
        Api.Answer added = am.post(plan + "/objectives", objective("完成拉穆港二期融资方案", "am", YEAR + "-09-30", "NOT_STARTED"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long objectiveId = added.json().getJsonNumber("id").longValue();
        assertThat(added.json().getJsonObject("owner").getString("displayName")).isEqualTo("Amir Account-Manager");
        Api.Answer updated = am.put(plan + "/objectives/" + objectiveId,
                objective("完成拉穆港二期融资方案", "admin", YEAR + "-10-31", "ON_TRACK").replace("}\n", ", \"version\": 0}\n"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getString("status")).isEqualTo("ON_TRACK");
        assertThat(updated.json().getInt("version")).isEqualTo(1);

        JsonObject whole = am.get(plan).json();
        assertThat(whole.getInt("version")).isEqualTo(1);
        JsonArray objectives = whole.getJsonArray("objectives");
        assertThat(objectives).hasSize(1);
        assertThat(objectives.getJsonObject(0).getString("title")).isEqualTo("完成拉穆港二期融资方案");
        assertThat(objectives.getJsonObject(0).getJsonObject("owner").getString("username")).isEqualTo("admin");
        assertThat(objectives.getJsonObject(0).getJsonArray("measures").getJsonObject(0).getString("target"))
                .isEqualTo("USD 400 million");

        Api.Answer years = am.get(plan.substring(0, plan.lastIndexOf('/')));
        assertThat(years.structure().asJsonArray().getValuesAs(JsonObject.class)).extracting(y -> y.getInt("year"))
                .containsExactly(YEAR);

        assertThat(am.delete(plan + "/objectives/" + objectiveId + "?version=1").status()).isEqualTo(204);
        assertThat(am.get(plan).json().getJsonArray("objectives")).isEmpty();
    }

    @Test
    void refusesStaleVersionsSoNoEditIsLost() {
        String plan = planOf(Fixtures.newAccount("Kenya Pipeline Company"), YEAR);
        assertThat(am.put(plan, "{\"strengths\": [\"Known to the board\"]}").status()).isEqualTo(200);

        assertThat(am.put(plan, "{\"version\": 0, \"strengths\": [\"First\"]}").status()).isEqualTo(200);
        Api.Answer stale = Api.as("admin").put(plan, "{\"version\": 0, \"weaknesses\": [\"Second\"]}");
        assertProblem(stale, 409);
        assertThat(stale.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
        assertProblem(am.put(plan, "{\"strengths\": [\"Started twice\"]}"), 409);
        assertThat(am.get(plan).json().getJsonArray("strengths").getString(0)).isEqualTo("First");

        long objectiveId = am.post(plan + "/objectives", objective("Sign the O&M contract", "am", YEAR + "-12-31", "AT_RISK"))
                .json().getJsonNumber("id").longValue();
        String edit = objective("Sign the O&M contract", "am", YEAR + "-12-31", "DONE").replace("}\n", ", \"version\": 0}\n");
        assertThat(am.put(plan + "/objectives/" + objectiveId, edit).status()).isEqualTo(200);
        assertProblem(am.put(plan + "/objectives/" + objectiveId, edit), 409);
        assertProblem(am.delete(plan + "/objectives/" + objectiveId + "?version=0"), 409);
    }

    @Test
    void namesEachOffendingFieldAndStoresNothingOfABadRequest() {
        JsonObject account = Fixtures.newAccount("Kenya Rural Roads Authority");
        String plan = planOf(account, YEAR);
        assertThat(am.put(plan, "{\"strengths\": [\"Kept\"]}").status()).isEqualTo(200);

        assertProblem(am.get(planOf(account, 1999)), 400);
        assertThat(codes(am.put(planOf(account, YEAR + 11), "{\"strengths\": []}"))).containsExactly("year out_of_range");
        assertProblem(am.get("/api/accounts/" + account.getJsonNumber("id") + "/plans/next-year"), 400);

        Api.Answer sections = am.put(plan, """
                {"version": 0, "strengths": ["Fine", " "],
                 "competitors": [{"name": "", "position": "Somewhere"}],
                 "developmentPlans": [{"name": "Corridor plan", "horizonFrom": 2030, "horizonTo": 2025,
                                       "budget": {"amount": "12.345", "currency": "XYZ"}}]}""");
        assertThat(codes(sections)).containsExactlyInAnyOrder("strengths[1] blank", "competitors[0].name blank",
                "developmentPlans[0].horizonTo out_of_range", "developmentPlans[0].budget.amount out_of_range",
                "developmentPlans[0].budget.currency unknown_currency");

        assertThat(codes(am.post(plan + "/objectives", objective("Win the bypass", "nobody", YEAR + "-02-30", "MAYBE"))))
                .containsExactlyInAnyOrder("dueOn invalid_date", "status not_allowed");
        assertThat(codes(am.post(plan + "/objectives", objective("Win the bypass", "nobody", YEAR + "-06-30", "ON_TRACK"))))
                .containsExactly("owner unknown_reference");
        // pm is a user, but not on this account's team: they may not own its objectives.
        assertThat(codes(am.post(plan + "/objectives", objective("Win the bypass", "pm", YEAR + "-06-30", "ON_TRACK"))))
                .containsExactly("owner unknown_reference");

        JsonObject unchanged = am.get(plan).json();
        assertThat(unchanged.getInt("version")).isZero();
        assertThat(unchanged.getJsonArray("strengths").getValuesAs(JsonString::getString)).containsExactly("Kept");
        assertThat(unchanged.getJsonArray("objectives")).isEmpty();
    }

    @Test
    void onlyTheTeamSeesPlansAndViewersDoNotChangeThem() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        String plan = "/api/accounts/" + kenyaRailways + "/plans/" + YEAR;
        Api viewer = Api.as("viewer");
        assertThat(viewer.get(plan).status()).as("the demo plan").isEqualTo(200);
        assertThat(viewer.download(plan + "/pdf", "application/pdf").statusCode()).isEqualTo(200);
        assertProblem(viewer.put(plan, "{\"version\": 0, \"strengths\": [\"Viewer was here\"]}"), 403);
        assertProblem(viewer.post(plan + "/objectives", objective("Viewer objective", "viewer", YEAR + "-06-30", "ON_TRACK")), 403);

        long ethiopianRoads = Fixtures.demoAccountId("Ethiopian Roads Administration");
        String hidden = "/api/accounts/" + ethiopianRoads + "/plans";
        assertProblem(am.get(hidden), 404);
        assertProblem(am.get(hidden + "/" + YEAR), 404);
        assertProblem(am.put(hidden + "/" + YEAR, "{\"strengths\": [\"Outsider\"]}"), 404);
        assertProblem(am.post(hidden + "/" + YEAR + "/objectives", objective("Outsider", "am", YEAR + "-06-30", "ON_TRACK")), 404);
        assertThat(am.download(hidden + "/" + YEAR + "/pdf", "application/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void printsThePlanAsAPdfWithItsChineseText() throws IOException {
        Api.Answer created = am.post("/api/accounts", """
                {"name": "%s", "nativeName": "肯尼亚国家公路局", "country": "KEN", "agencyType": "AUTHORITY"}
                """.formatted(Fixtures.uniqueName("Kenya National Highways Authority")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String plan = planOf(created.json(), YEAR);
        am.put(plan, "{\"strengths\": [\"Trusted on the Northern Corridor\"], \"competitors\": [{\"name\": \"CRBC\"}]}");
        am.post(plan + "/objectives", objective("签署内罗毕—纳库鲁高速公路EPC合同", "am", YEAR + "-11-30", "AT_RISK"));

        HttpResponse<byte[]> pdf = am.download(plan + "/pdf", "application/pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertThat(text).contains("肯尼亚国家公路局", "签署内罗毕—纳库鲁高速公路EPC合同", "TrustedontheNorthernCorridor",
                "CRBC", "Accountplan" + YEAR, "AmirAccount-Manager");

        assertThat(am.download(planOf(created.json(), YEAR - 1) + "/pdf", "application/pdf").statusCode()).isEqualTo(404);
    }

    private static String planOf(JsonObject account, int year) {
        return "/api/accounts/" + account.getJsonNumber("id").longValue() + "/plans/" + year;
    }

    /** "field code" of each offending field of a 400 answer. */
    private static List<String> codes(Api.Answer answer) {
        assertProblem(answer, 400);
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + " " + error.getString("code"))
                .toList();
    }
}
