package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The administrators' gate templates page, in headless Chromium. */
@ClientTest
class GateTemplatesBrowserIT {

    /** A combination no other test starts projects of, so that its edits change nobody else's gates. */
    private static final String TEMPLATE = "/api/gate-templates/WATER/O_AND_M";

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    @AfterEach
    void backToTheDefault() {
        Api.as("admin").delete(TEMPLATE);
    }

    private static void retype(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Picks a sector or contract type and waits for the page to show its template. */
    private static void choose(Chromium chromium, String select, String value) {
        WebElement shown = chromium.visible(By.id("gate-templates-form"));
        new Select(chromium.driver().findElement(By.id(select))).selectByValue(value);
        chromium.until(ExpectedConditions.stalenessOf(shown));
        chromium.visible(By.id("gate-templates-form"));
    }

    @Test
    void theAdministratorEditsACriterionSavesItAndResetsTheTemplate() {
        Chromium chromium = chromiums.signedIn("admin");
        WebDriver browser = chromium.driver();
        chromium.click(chromium.visible(By.id("nav-settings")));
        chromium.click(chromium.visible(By.id("settings-gate-templates-link")));
        choose(chromium, "gate-templates-sector", "WATER");
        choose(chromium, "gate-templates-contractType", "O_AND_M");
        assertThat(browser.getCurrentUrl()).endsWith("#/settings/gate-templates?sector=WATER&contractType=O_AND_M");
        chromium.until(ExpectedConditions.textToBe(By.id("gate-templates-status"), "The default template is in force."));
        assertThat(browser.findElements(By.cssSelector("[data-test=gate-template-gate]"))).hasSize(5);

        // An empty criterion is refused next to the field, nothing saved.
        retype(browser.findElement(By.id("gate-templates-form-gates-0-criteria-0-text")), " ");
        chromium.click(browser.findElement(By.id("gate-templates-save")));
        assertThat(chromium.visible(By.id("gate-templates-form-gates-0-criteria-0-text-feedback")).getText())
                .isEqualTo("must not be blank");
        assertThat(browser.findElement(By.id("gate-templates-form-alert")).getText())
                .isEqualTo("The template was not saved: please correct the marked fields.");
        assertThat(Api.as("admin").get(TEMPLATE).json().getBoolean("customised")).isFalse();

        retype(browser.findElement(By.id("gate-templates-form-gates-0-criteria-0-text")), "Raw water abstraction licence");
        chromium.click(browser.findElement(By.id("gate-templates-add-G2")));
        WebElement added = chromium.visible(By.cssSelector("[data-code=G2] [data-test=gate-template-criterion]:last-child"));
        added.findElement(By.cssSelector("input:not([type=number])")).sendKeys("Tariff study accepted");
        new Select(added.findElement(By.tagName("select"))).selectByValue("SHOULD_MEET");
        retype(added.findElement(By.cssSelector("input[type=number]")), "30");
        chromium.click(browser.findElement(By.id("gate-templates-form-gates-3-decider-BID_MANAGER")));
        chromium.click(browser.findElement(By.id("gate-templates-save")));

        assertThat(chromium.visible(By.id("gate-templates-notice")).getText()).startsWith("Saved.");
        assertThat(browser.findElement(By.id("gate-templates-status")).getText()).startsWith("Customised by admin");
        JsonObject saved = Api.as("admin").get(TEMPLATE).json();
        assertThat(saved.getBoolean("customised")).isTrue();
        JsonObject g1 = saved.getJsonArray("gates").getJsonObject(0);
        assertThat(g1.getJsonArray("criteria").getJsonObject(0).getString("text")).isEqualTo("Raw water abstraction licence");
        JsonObject g2 = saved.getJsonArray("gates").getJsonObject(1);
        JsonObject last = g2.getJsonArray("criteria").getJsonObject(g2.getJsonArray("criteria").size() - 1);
        assertThat(last.getString("text")).isEqualTo("Tariff study accepted");
        assertThat(last.getString("kind")).isEqualTo("SHOULD_MEET");
        assertThat(last.getInt("weight")).isEqualTo(30);
        assertThat(saved.getJsonArray("gates").getJsonObject(3).getJsonArray("deciders").toString()).contains("BID_MANAGER");
        chromium.screenshot("gate-templates-saved-en");

        chromium.click(browser.findElement(By.id("lang-zh")));
        chromium.until(ExpectedConditions.textToBe(By.cssSelector("#gate-templates h1"), "关口模板"));
        chromium.click(browser.findElement(By.id("lang-en")));

        chromium.click(browser.findElement(By.id("gate-templates-reset")));
        chromium.until(ExpectedConditions.textToBe(By.id("gate-templates-status"), "The default template is in force."));
        assertThat(chromium.valueOf("gate-templates-form-gates-0-criteria-0-text")).isNotEqualTo("Raw water abstraction licence");
        assertThat(Api.as("admin").get(TEMPLATE).json().getBoolean("customised")).isFalse();
    }

    @Test
    void aProjectManagerHasNoGateTemplatesPage() {
        Chromium chromium = chromiums.signedIn("pm");
        chromium.driver().get(Api.base() + "#/settings/gate-templates");
        assertThat(chromium.visible(By.id("gate-templates-denied")).getText())
                .isEqualTo("Only administrators edit the gate templates.");
    }
}
