package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The score card on the account page, the team's ratings form, and the administrators' criteria weights. */
@ClientTest
class ScoringBrowserIT {

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    @Test
    void theScoreCardShowsEachPartAndTheTeamRatesTheAccount() {
        long id = Fixtures.newAccount("Kenya National Highways Authority").getJsonNumber("id").longValue();
        Api am = Api.as("am");
        assertThat(am.post("/api/accounts/" + id + "/contacts", """
                {"name": "Amina Odhiambo", "influence": "DECISION_MAKER", "relationshipStrength": 5}""").status())
                .isEqualTo(201);
        assertThat(am.put("/api/accounts/" + id + "/ratings", """
                {"strategicSignificance": 3, "paymentBehaviour": 4, "comment": "Pays on time"}""").status()).isEqualTo(200);

        Chromium chromium = chromiums.signedIn("am");
        WebDriver browser = chromium.driver();
        browser.get(Api.base() + "#/accounts/" + id);
        WebElement relationship = chromium.visible(By.cssSelector("[data-test=score-part][data-criterion=RELATIONSHIP_STRENGTH]"));
        assertThat(relationship.findElement(By.cssSelector("[data-test=score-figure]")).getText()).isEqualTo("5 / 5");
        assertThat(relationship.findElement(By.cssSelector("[data-test=score-score]")).getText()).isEqualTo("100.0");
        assertThat(relationship.getText()).contains("1 contacts, 1 of them decision makers");
        WebElement scale = browser.findElement(By.cssSelector("[data-test=score-part][data-criterion=BUSINESS_SCALE]"));
        assertThat(scale.findElement(By.cssSelector("[data-test=score-left-out]")).getText()).isEqualTo("not counted: no data");
        assertThat(browser.findElement(By.cssSelector("[data-test=score-part][data-criterion=PAYMENT_BEHAVIOUR]")).getText())
                .contains("Rated 4 of 5 by am: Pays on time", "receivables are not recorded yet");
        chromium.screenshot("score-card-en");

        chromium.click(browser.findElement(By.id("ratings-open")));
        WebElement comment = chromium.visible(By.id("ratings-form-comment"));
        comment.clear();
        new Select(browser.findElement(By.id("ratings-form-strategicSignificance"))).selectByValue("5");
        chromium.click(browser.findElement(By.id("ratings-form-save")));
        assertThat(chromium.visible(By.id("ratings-form-comment-feedback")).getText()).isEqualTo("must not be blank");

        comment.sendKeys("Flagship of the 2030 road programme");
        chromium.click(browser.findElement(By.id("ratings-form-save")));
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-test=score-part][data-criterion=STRATEGIC_SIGNIFICANCE]"),
                "Flagship of the 2030 road programme"));
        assertThat(browser.findElement(By.cssSelector(
                "[data-test=score-part][data-criterion=STRATEGIC_SIGNIFICANCE] [data-test=score-score]")).getText())
                .isEqualTo("100.0");

        chromium.click(browser.findElement(By.id("lang-zh")));
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-test=score-part][data-criterion=PAYMENT_BEHAVIOUR]"), "尚未记录应收款"));
    }

    @Test
    void theAdministratorChangesAWeight() {
        JsonObject before = Api.as("admin").get(ScoringApiIT.CRITERIA).json();
        try {
            Chromium chromium = chromiums.signedIn("admin");
            WebDriver browser = chromium.driver();
            chromium.click(browser.findElement(By.id("nav-scoring")));
            WebElement growth = chromium.visible(By.id("criterion-weight-GROWTH"));

            growth.clear();
            growth.sendKeys("101");
            chromium.click(browser.findElement(By.id("scoring-settings-save")));
            assertThat(chromium.visible(By.id("criterion-weight-GROWTH-feedback")).getText()).isEqualTo("is out of range");

            growth.clear();
            growth.sendKeys("45");
            chromium.click(browser.findElement(By.id("scoring-settings-save")));
            chromium.waiting().until(ExpectedConditions.textToBe(By.id("scoring-settings-alert"),
                    "The weights are saved. They apply from the next run."));
            JsonObject growthNow = Api.as("admin").get(ScoringApiIT.CRITERIA).json().getJsonArray("criteria")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(criterion -> criterion.getString("criterion").equals("GROWTH")).findFirst().orElseThrow();
            assertThat(growthNow.getInt("weight")).isEqualTo(45);

            chromium.click(browser.findElement(By.id("scoring-run")));
            chromium.waiting().until(ExpectedConditions.textMatches(By.id("scoring-settings-alert"),
                    Pattern.compile("\\d+ accounts rescored\\.")));
        } finally {
            Api.Answer restored = Api.as("admin").put(ScoringApiIT.CRITERIA,
                    ScoringApiIT.criteriaBody(before, c -> c.getInt("weight"), c -> c.getBoolean("enabled")));
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
    }
}
