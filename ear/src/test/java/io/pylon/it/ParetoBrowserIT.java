package io.pylon.it;

import static io.pylon.it.OpportunitiesApiIT.opportunitiesOf;
import static io.pylon.it.OpportunitiesApiIT.opportunity;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The Pareto page's chart and ranking, and tiers and opportunities on the account page, in headless Chromium. */
@ClientTest
class ParetoBrowserIT {

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    @Test
    void drawsTheAccountsAsBarsWithTheCumulativeLineAndTheCutPoints() {
        JsonObject account = Fixtures.newAccount("Kenya Electricity Transmission Company");
        String largest = Api.as("admin").get("/api/accounts/pareto").json().getJsonArray("items").getJsonObject(0)
                .getJsonObject("value").getString("amount");
        String won = new BigDecimal(largest).add(new BigDecimal("1000000")).toPlainString();
        assertThat(Api.as("am").post(opportunitiesOf(account), opportunity("Loiyangalani line", won, "USD", 100, "WON",
                null)).status()).isEqualTo(201);

        Chromium chromium = chromiums.signedIn("exec");
        WebDriver browser = chromium.driver();
        chromium.click(chromium.visible(By.id("nav-pareto")));
        chromium.visible(By.id("pareto-chart"));
        @SuppressWarnings("unchecked")
        List<Object> chart = (List<Object>) chromium.until(driver -> ((JavascriptExecutor) driver).executeScript("""
                const chart = Chart.getChart('pareto-chart');
                return chart && [chart.data.labels, chart.data.datasets.map(set => set.type),
                                 chart.data.datasets[1].data, chart.data.datasets[2].data[0]];"""));
        assertThat(((List<?>) chart.get(0)).get(0)).isEqualTo(account.getString("name"));
        assertThat(chart.get(1)).isEqualTo(List.of("bar", "line", "line", "line"));
        List<?> cumulative = (List<?>) chart.get(2);
        assertThat(((Number) cumulative.get(cumulative.size() - 1)).doubleValue()).isBetween(0.0, 100.0001);
        assertThat(((Number) chart.get(3)).intValue()).as("the A cut point").isEqualTo(80);

        WebElement first = browser.findElements(By.cssSelector("[data-test=pareto-row]")).get(0);
        assertThat(first.getText()).contains(account.getString("name"));
        assertThat(first.findElement(By.cssSelector("[data-test=pareto-computed-tier]")).getText()).isEqualTo("A");
        assertThat(first.findElement(By.cssSelector("[data-test=pareto-tier]")).getText()).as("until recomputed")
                .isEqualTo("C");

        assertThat(browser.findElement(By.cssSelector("[data-test=pareto-tier-total][data-tier=A]")).getText())
                .as("the accounts and value of tier A").matches("A\\s+\\d+ accounts, .+");

        chromium.click(browser.findElement(By.id("pareto-recompute")));
        chromium.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=pareto-row] [data-test=pareto-tier]"), "A"));

        chromium.click(browser.findElement(By.id("lang-zh")));
        Object legend = chromium.until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart('pareto-chart')?.data.datasets[1].label === '累计占比' || null"));
        assertThat(legend).as("the chart's legend follows the language").isEqualTo(true);
        chromium.click(browser.findElement(By.id("lang-en")));
    }

    @Test
    void overridesATierOnTheAccountPageAndShowsItsHistory() {
        JsonObject account = Fixtures.newAccount("Kenya Power Generation Company");
        long id = account.getJsonNumber("id").longValue();

        Chromium chromium = chromiums.signedIn("am");
        WebDriver browser = chromium.driver();
        assertThat(browser.findElement(By.id("nav-pareto-item")).isDisplayed()).as("Pareto is for executives").isFalse();
        browser.get(Api.base() + "#/accounts/" + id);
        assertThat(chromium.visible(By.id("tier-badge")).getText()).isEqualTo("C");

        chromium.click(browser.findElement(By.id("tier-override")));
        new Select(chromium.visible(By.id("tier-form-tier"))).selectByValue("A");
        chromium.click(browser.findElement(By.id("tier-form-save")));
        assertThat(chromium.visible(By.id("tier-form-reason-feedback")).getText()).isEqualTo("must not be blank");

        browser.findElement(By.id("tier-form-reason")).sendKeys("Flagship geothermal programme\n");
        chromium.until(ExpectedConditions.textToBe(By.id("tier-badge"), "A"));
        assertThat(browser.findElement(By.cssSelector("[data-test=tier-reason]")).getText())
                .isEqualTo("Flagship geothermal programme");
        WebElement change = browser.findElement(By.cssSelector("[data-test=tier-history-row]"));
        assertThat(change.getText()).contains("am", "Overridden", "Flagship geothermal programme");

        chromium.click(browser.findElement(By.id("tier-override-remove")));
        chromium.until(ExpectedConditions.textToBe(By.id("tier-badge"), "C"));
        assertThat(browser.findElements(By.cssSelector("[data-test=tier-history-row]"))).hasSize(2);
    }

    @Test
    void addsAnOpportunityOnTheAccountPageAndShowsItsFieldErrors() {
        long id = Fixtures.newAccount("Kenya Geothermal Development").getJsonNumber("id").longValue();

        Chromium chromium = chromiums.signedIn("am");
        WebDriver browser = chromium.driver();
        browser.get(Api.base() + "#/accounts/" + id);
        chromium.visible(By.id("opportunities-empty"));
        chromium.click(browser.findElement(By.id("opportunity-add")));
        chromium.visible(By.id("opportunity-form-title")).sendKeys("Menengai wellfield");
        WebElement probability = browser.findElement(By.id("opportunity-form-winProbabilityPercent"));
        probability.clear();
        probability.sendKeys("120");
        WebElement currency = browser.findElement(By.id("opportunity-form-currency"));
        currency.clear();
        currency.sendKeys("XYZ");
        browser.findElement(By.id("opportunity-form-amount")).sendKeys("250000000\n");
        assertThat(chromium.visible(By.id("opportunity-form-winProbabilityPercent-feedback")).getText())
                .isEqualTo("is out of range");
        assertThat(browser.findElement(By.id("opportunity-form-currency-feedback")).getText())
                .isEqualTo("is not a currency code");

        probability.clear();
        probability.sendKeys("60");
        currency.clear();
        currency.sendKeys("EUR");
        new Select(browser.findElement(By.id("opportunity-form-stage"))).selectByValue("NEGOTIATING");
        chromium.click(browser.findElement(By.id("opportunity-form-save")));
        chromium.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=opportunity-row]"), 1));
        WebElement row = browser.findElement(By.cssSelector("[data-test=opportunity-row]"));
        assertThat(row.getText()).contains("Menengai wellfield", "Negotiating", "60 %");
        assertThat(row.findElement(By.cssSelector("[data-test=opportunity-value]")).getText()).contains("250,000,000");
    }
}
