package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' settings page: exchange rates, tier settings and visit cadence, in headless Chromium. */
@ClientTest
class SettingsBrowserIT {

    private static final String TIERS = "/api/settings/tiers";

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    /** The settings page as the administrator opens it from the navigation. */
    private Chromium settingsAsAdministrator() {
        Chromium chromium = chromiums.signedIn("admin");
        chromium.click(chromium.visible(By.id("nav-settings")));
        chromium.visible(By.id("settings-tiers-form"));
        return chromium;
    }

    private static void retype(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void theAdministratorEntersARateSeesItListedAndDeletesItButANegativeRateIsRefused() {
        // A currency and a day no other test converts, so that the rate changes none of their figures.
        String rated = "[data-test=settings-rate-row][data-currency=ISK][data-valid-from='2001-02-03']";
        Api admin = Api.as("admin");
        try {
            Chromium chromium = settingsAsAdministrator();
            WebDriver browser = chromium.driver();
            browser.findElement(By.id("settings-rate-form-currency")).sendKeys("isk");
            chromium.fill(browser.findElement(By.id("settings-rate-form-validFrom")), "2001-02-03");
            WebElement rate = browser.findElement(By.id("settings-rate-form-rate"));
            rate.sendKeys("-1");
            chromium.click(browser.findElement(By.id("settings-rate-save")));
            assertThat(chromium.visible(By.id("settings-rate-form-rate-feedback")).getText()).isEqualTo("is out of range");
            assertThat(browser.findElement(By.id("settings-rate-form-alert")).getText())
                    .isEqualTo("The rate was not saved: please correct the marked fields.");
            assertThat(browser.findElements(By.cssSelector(rated))).isEmpty();

            retype(rate, "0.0081");
            chromium.click(browser.findElement(By.id("settings-rate-save")));
            WebElement listed = chromium.visible(By.cssSelector(rated));
            assertThat(listed.findElement(By.cssSelector("[data-test=settings-rate]")).getText()).isEqualTo("0.0081");
            assertThat(listed.getText()).contains("USD");
            assertThat(browser.findElement(By.id("settings-rates-notice")).getText()).isEqualTo("Saved.");
            chromium.screenshot("settings-rate-entered-en");

            chromium.click(listed.findElement(By.cssSelector("[data-test=settings-rate-delete]")));
            chromium.until(ExpectedConditions.textToBe(By.id("settings-rates-notice"),
                    "The rate is deleted; the one before it applies again."));
            assertThat(browser.findElements(By.cssSelector(rated))).isEmpty();
            assertThat(admin.get("/api/exchange-rates").body()).doesNotContain("\"2001-02-03\"");
        } finally {
            admin.delete("/api/exchange-rates/ISK/2001-02-03"); // 404 when the test got to delete it
        }
    }

    @Test
    void theAdministratorChangesTheACutPointAndIsToldOfAChangeMadeMeanwhile() {
        JsonObject before = Api.as("admin").get(TIERS).json();
        try {
            Chromium chromium = settingsAsAdministrator();
            WebDriver browser = chromium.driver();
            retype(browser.findElement(By.id("settings-tiers-form-aPercent")), "75");
            chromium.click(browser.findElement(By.id("settings-tiers-save")));
            assertThat(chromium.visible(By.id("settings-tiers-notice")).getText()).isEqualTo("Saved.");
            assertThat(chromium.valueOf("settings-tiers-form-aPercent")).isEqualTo("75");
            assertThat(Api.as("admin").get(TIERS).json().getInt("aPercent")).isEqualTo(75);

            // Another administrator changes the B cut point while this page shows the version before it.
            JsonObject shown = Api.as("admin").get(TIERS).json();
            assertThat(Api.as("admin").put(TIERS, Json.createObjectBuilder(shown).add("bPercent", 10).build().toString())
                    .status()).isEqualTo(200);
            retype(browser.findElement(By.id("settings-tiers-form-aPercent")), "70");
            chromium.click(browser.findElement(By.id("settings-tiers-save")));
            chromium.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-tiers-notice"),
                    "Someone else changed these settings meanwhile"));
            assertThat(chromium.valueOf("settings-tiers-form-aPercent")).as("reloaded").isEqualTo("75");
            assertThat(chromium.valueOf("settings-tiers-form-bPercent")).isEqualTo("10");
            assertThat(Api.as("admin").get(TIERS).json().getInt("aPercent")).isEqualTo(75);
        } finally {
            JsonObject now = Api.as("admin").get(TIERS).json();
            JsonObject restored = Json.createObjectBuilder(before).add("version", now.getJsonNumber("version")).build();
            assertThat(Api.as("admin").put(TIERS, restored.toString()).status()).isEqualTo(200);
        }
    }

    @Test
    void aVisitCadenceOutOfRangeIsMarkedAndTheScoringCriteriaAreASectionOfTheirOwn() {
        JsonObject cadence = Api.as("admin").get("/api/settings/visit-cadence").json();
        Chromium chromium = settingsAsAdministrator();
        WebDriver browser = chromium.driver();
        assertThat(browser.findElement(By.id("nav-settings")).getDomAttribute("class")).contains("active");
        retype(browser.findElement(By.id("settings-cadence-form-months-A")), "0");
        chromium.click(browser.findElement(By.id("settings-cadence-save")));
        assertThat(chromium.visible(By.id("settings-cadence-form-months-A-feedback")).getText()).isEqualTo("is out of range");
        assertThat(Api.as("admin").get("/api/settings/visit-cadence").json()).isEqualTo(cadence);

        chromium.click(browser.findElement(By.id("settings-scoring-link")));
        chromium.visible(By.id("scoring-criteria"));
        assertThat(browser.findElement(By.id("nav-scoring")).getDomAttribute("class")).contains("active");
        assertThat(browser.findElement(By.id("nav-settings")).getDomAttribute("class")).doesNotContain("active");
    }

    @Test
    void anAccountManagerHasNoSettingsPage() {
        Chromium chromium = chromiums.signedIn("am");
        WebDriver browser = chromium.driver();
        assertThat(browser.findElement(By.id("nav-settings-item")).isDisplayed()).isFalse();
        browser.get(Api.base() + "#/settings");
        assertThat(chromium.visible(By.id("settings-denied")).getText()).isEqualTo("Only administrators see the settings.");

        chromium.click(browser.findElement(By.id("lang-zh")));
        chromium.until(ExpectedConditions.textToBe(By.id("settings-denied"), "只有管理员可以查看设置。"));
        chromium.click(browser.findElement(By.id("lang-en")));
    }
}
