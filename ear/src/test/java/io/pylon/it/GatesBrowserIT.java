package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The project page and its gate review in headless Chromium: a project manager passes a gate; a viewer only reads. */
@ClientTest
class GatesBrowserIT {

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    private final Api am = Api.as("am");
    private final Api exec = Api.as("exec");

    /** A project of a new account led by pm, brought through G1-G3 by REST, its G4 planned in five days. */
    private JsonObject projectInConstruction() {
        JsonObject project = Fixtures.newProject("Kenya Railways Taking-over", "Mombasa port rail link", "EPC_F", "pm");
        String gates = "/api/projects/" + project.getJsonNumber("id") + "/gates";
        for (String code : List.of("G1", "G2", "G3")) {
            JsonObject gate = gate(gates, code);
            for (JsonObject criterion : gate.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
                if (criterion.getString("kind").equals("MUST_MEET")) {
                    assertThat(am.put(gates + "/" + gate.getJsonNumber("id") + "/criteria/" + criterion.getJsonNumber("id"),
                            "{\"status\": \"MET\", \"version\": %d}".formatted(criterion.getInt("version"))).status())
                            .isEqualTo(200);
                }
            }
            assertThat(exec.post(gates + "/" + gate.getJsonNumber("id") + "/decisions",
                    "{\"decision\": \"GO\", \"rationale\": \"Passed %s\"}".formatted(code)).status()).isEqualTo(201);
        }
        JsonObject g4 = gate(gates, "G4");
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        assertThat(am.put(gates + "/" + g4.getJsonNumber("id") + "/plan",
                "{\"plannedOn\": \"%s\", \"version\": %d}".formatted(due, g4.getInt("version"))).status()).isEqualTo(200);
        return project;
    }

    private JsonObject gate(String gates, String code) {
        return am.get(gates).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(gate -> gate.getString("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aProjectManagerPassesTheTakingOverGateFromMyGates() throws IOException {
        JsonObject project = projectInConstruction();
        String id = project.getJsonNumber("id").toString();

        Chromium chromium = chromiums.signedIn("pm");
        WebDriver browser = chromium.driver();
        chromium.click(chromium.visible(By.id("nav-my-gates")));
        WebElement row = chromium.visible(By.cssSelector("[data-test=my-gate-row][data-project-id='" + id + "']"));
        assertThat(row.getText()).contains("Mombasa port rail link", "G4", "due in 5 days");
        chromium.click(row.findElement(By.cssSelector("[data-test=my-gate-project]")));

        chromium.until(ExpectedConditions.attributeToBe(By.id("gate-review"), "data-gate", "G4"));
        assertThat(browser.findElement(By.cssSelector("[data-test=project-phase-step][aria-current=step]"))
                .getAttribute("data-phase")).isEqualTo("CONSTRUCTION");

        new Select(chromium.visible(By.id("gate-decision-decision"))).selectByValue("GO");
        chromium.fill(browser.findElement(By.id("gate-decision-rationale")), "Taking-over certificate signed");
        chromium.click(browser.findElement(By.id("gate-decide")));
        List<WebElement> unmet = chromium.until(driver -> {
            List<WebElement> listed = driver.findElements(By.cssSelector("[data-test=gate-unmet]"));
            return listed.isEmpty() ? null : listed;
        });
        assertThat(unmet).extracting(WebElement::getText).contains("Mechanical completion", "Commissioning tests passed");
        chromium.screenshot("gate-review-refused");

        Path certificate = Files.createTempFile("taking-over-certificate", ".pdf");
        Files.write(certificate, "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        WebElement first = browser.findElement(By.cssSelector("[data-test=criterion-row][data-kind=MUST_MEET]"));
        first.findElement(By.cssSelector("[data-test=evidence-file]")).sendKeys(certificate.toAbsolutePath().toString());
        chromium.click(first.findElement(By.cssSelector("[data-test=evidence-attach]")));
        WebElement attached = chromium.visible(By.cssSelector("[data-test=criterion-row] [data-test=evidence] a"));
        assertThat(attached.getText()).isEqualTo(certificate.getFileName().toString());
        Files.delete(certificate);

        int mustMeet = browser.findElements(By.cssSelector("[data-test=criterion-row][data-kind=MUST_MEET]")).size();
        for (int i = 0; i < mustMeet; i++) {
            WebElement criterion = chromium.visible(By.cssSelector(
                    "[data-test=criterion-row][data-kind=MUST_MEET]:has([data-test=criterion-state][data-value=OPEN])"));
            String criterionId = criterion.getAttribute("data-criterion-id");
            new Select(criterion.findElement(By.cssSelector("[data-test=criterion-status]"))).selectByValue("MET");
            chromium.click(criterion.findElement(By.cssSelector("[data-test=criterion-save]")));
            chromium.until(ExpectedConditions.attributeToBe(By.cssSelector(
                    "[data-criterion-id='" + criterionId + "'] [data-test=criterion-state]"), "data-value", "MET"));
        }

        new Select(chromium.visible(By.id("gate-decision-decision"))).selectByValue("GO");
        chromium.fill(browser.findElement(By.id("gate-decision-rationale")), "Taking-over certificate signed");
        chromium.click(browser.findElement(By.id("gate-decide")));
        chromium.until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-test=gate-row][data-gate=G4] [data-test=gate-state]"), "data-value", "PASSED"));
        assertThat(browser.findElement(By.cssSelector("[data-test=project-phase-step][aria-current=step]"))
                .getAttribute("data-phase")).isEqualTo("OPERATION_AND_MAINTENANCE");
        assertThat(am.get("/api/projects/" + id).json().getString("phase")).isEqualTo("OPERATION_AND_MAINTENANCE");
        chromium.screenshot("gate-review-passed");
    }

    @Test
    void aViewerSeesTheGatesButCannotActOnThem() {
        Api.Answer found = Api.as("viewer").get("/api/projects?account=" + Fixtures.demoAccountId("Kenya Railways Corporation"));
        long commuter = found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(project -> project.getString("name").equals("Nairobi commuter rail upgrade"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        Chromium chromium = chromiums.signedIn("viewer");
        WebDriver browser = chromium.driver();
        browser.get(Api.base() + "#/projects/" + commuter);
        chromium.until(ExpectedConditions.attributeToBe(By.id("gate-review"), "data-gate", "G1"));
        assertThat(browser.findElements(By.cssSelector("[data-test=criterion-row]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=criterion-status]")))
                .allSatisfy(status -> assertThat(status.isEnabled()).isFalse());
        assertThat(browser.findElements(By.id("gate-decision-form"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=criterion-save]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=gate-plan-save]"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-test=gate-row][data-gate=G0] [data-test=gate-state]"))
                .getAttribute("data-value")).isEqualTo("PASSED");
        assertThat(browser.findElement(By.cssSelector("[data-test=gate-row][data-gate=G1] [data-test=gate-slippage]"))
                .getText()).isEqualTo("20 days");
        assertThat(browser.findElements(By.id("evm-record-form"))).as("a viewer records no earned value").isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=risk-row]"))).as("the demo register").hasSize(2);
        assertThat(browser.findElements(By.id("risk-form"))).as("a viewer raises no risk").isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=risk-edit]"))).isEmpty();
        WebElement pdf = browser.findElement(By.id("gate-pdf"));
        assertThat(pdf.getText()).isEqualTo("PDF");
        assertThat(chromium.fetched(pdf)).as("the review sheet, for a reader too").isEqualTo("200 application/pdf %PDF-");
    }

    @Test
    void theRailwayUnderConstructionShowsItsEarnedValueAsAnSCurve() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        long railway = Api.as("pm").get("/api/projects?phase=CONSTRUCTION&account=" + kenyaRailways).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(project -> project.getString("name").equals("Standard gauge railway, phase 2B"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        Chromium chromium = chromiums.signedIn("pm");
        chromium.driver().get(Api.base() + "#/projects/" + railway);
        chromium.visible(By.id("evm-chart"));
        Object datasets = chromium.until(driver -> ((JavascriptExecutor) driver).executeScript("""
                const chart = Chart.getChart('evm-chart');
                return chart && chart.data.datasets.map(set => set.data.length);"""));
        assertThat(datasets).isEqualTo(List.of(6L, 6L, 6L, 6L));
        List<WebElement> rows = chromium.driver().findElements(By.cssSelector("[data-test=evm-row]"));
        assertThat(rows).hasSize(6);
        // The last month: EV 318 m against AC 351 m and PV 371 m.
        assertThat(rows.get(5).findElement(By.cssSelector("[data-test=evm-cpi]")).getText()).isEqualTo("0.91");
        assertThat(rows.get(5).findElement(By.cssSelector("[data-test=evm-spi]")).getText()).isEqualTo("0.86");
        assertThat(chromium.driver().findElements(By.id("evm-record-form"))).as("pm leads the railway's projects").hasSize(1);
        chromium.screenshot("project-earned-value");
    }

    @Test
    void aReviewerAddsAMilestoneMarksItReachedAndReadsTheGatesHistory() {
        long owner = Fixtures.newAccount("Kenya Railways Milestones").getJsonNumber("id").longValue();
        JsonObject project = am.post("/api/projects", """
                {"name": "Lamu port rail spur", "ownerAccountId": %d, "country": "KEN", "sector": "RAIL",
                 "contractType": "EPC"}""".formatted(owner)).json();
        String gates = "/api/projects/" + project.getJsonNumber("id") + "/gates";
        JsonObject g1 = gate(gates, "G1");
        JsonObject criterion = g1.getJsonArray("criteria").getJsonObject(0);
        assertThat(am.put(gates + "/" + g1.getJsonNumber("id") + "/criteria/" + criterion.getJsonNumber("id"),
                "{\"status\": \"NOT_MET\", \"note\": \"Estimate missing\", \"version\": %d}".formatted(
                        criterion.getInt("version"))).status()).isEqualTo(200);

        Chromium chromium = chromiums.signedIn("am");
        WebDriver browser = chromium.driver();
        browser.get(Api.base() + "#/projects/" + project.getJsonNumber("id"));
        WebElement event = chromium.visible(By.cssSelector("[data-test=gate-history-event][data-kind=CRITERION_CHANGED]"));
        assertThat(event.getText()).contains("am", criterion.getString("text"), "Open → Not met", "Estimate missing");

        chromium.visible(By.id("milestones-none"));
        chromium.fill(browser.findElement(By.id("milestone-name")), "Notice to proceed");
        chromium.fill(browser.findElement(By.id("milestone-plannedOn")),
                LocalDate.now(ZoneOffset.UTC).plusDays(3).toString());
        chromium.click(browser.findElement(By.id("milestone-add")));
        WebElement row = chromium.visible(By.cssSelector("[data-test=milestone-row]"));
        assertThat(row.getText()).contains("Notice to proceed");
        chromium.click(row.findElement(By.cssSelector("[data-test=milestone-reach]")));
        chromium.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=milestone-slippage]"), "data-days", "-3"));
        assertThat(browser.findElement(By.cssSelector("[data-test=milestone-reached]")).getText())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(browser.findElement(By.cssSelector("[data-test=project-slippage]")).getAttribute("data-days"))
                .isEqualTo("-3");
        chromium.screenshot("project-milestones");
    }
}
