package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The proposal builder in headless Chromium: a proposal drafted from an opportunity, a tranche's field error while the
 * terms are worked out live, the metrics following a rate, drawdowns by date or along the S-curve, revenue giving a
 * DSCR, a saved draft, a scenario compared, the tornado, the PDF, the Chinese labels and the submission that freezes the
 * version.
 */
@ClientTest
class ProposalsBrowserIT {

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    @Test
    void aBidTeamDraftsWorksOutComparesAndSubmitsAProposal() {
        JsonObject account = Fixtures.newAccount("Kenya Railways Builder");
        long accountId = account.getJsonNumber("id").longValue();
        Api.Answer opportunity = Api.as("am").post(OpportunitiesApiIT.opportunitiesOf(account),
                OpportunitiesApiIT.opportunity("Naivasha inland port rail link", "120000000", "USD", 40, "BIDDING", null));
        assertThat(opportunity.status()).as(opportunity.toString()).isEqualTo(201);

        Chromium chromium = chromiums.signedIn("am");
        WebDriver browser = chromium.driver();
        browser.get(Api.base() + "#/accounts/" + accountId);
        chromium.click(chromium.visible(By.id("proposal-new-submit")));
        chromium.visible(By.id("proposal-builder"));
        WebElement allInCost = chromium.visible(By.id("metric-allInCost"));
        assertThat(allInCost.getText()).endsWith("%");
        assertThat(browser.findElements(By.cssSelector("[data-test=schedule-row]"))).isNotEmpty();

        WebElement amount = browser.findElement(By.id("proposal-plan-tranches-0-amount"));
        amount.clear();
        amount.sendKeys("0");
        chromium.until(ExpectedConditions.attributeContains(amount, "class", "is-invalid"));
        assertThat(browser.findElement(By.id("proposal-plan-tranches-0-amount-feedback")).getText()).isNotBlank();
        amount.clear();
        amount.sendKeys("102000000.00");
        chromium.until(ExpectedConditions.not(ExpectedConditions.attributeContains(amount, "class", "is-invalid")));

        String before = chromium.visible(By.id("metric-allInCost")).getText();
        WebElement rate = browser.findElement(By.id("proposal-plan-tranches-0-rate-value"));
        rate.clear();
        rate.sendKeys("0.065");
        chromium.until(driver -> !driver.findElement(By.id("metric-allInCost")).getText().equals(before));
        new Select(browser.findElement(By.id("proposal-tranche-0-drawn"))).selectByValue("DATES");
        assertThat(chromium.visible(By.id("proposal-plan-tranches-0-drawdowns-0-amount")).getDomProperty("value"))
                .as("one drawdown of the whole amount to start from").isEqualTo("102000000.00");
        new Select(browser.findElement(By.id("proposal-tranche-0-drawn"))).selectByValue("CURVE");
        chromium.visible(By.id("proposal-plan-tranches-0-drawdownCurve-from"));
        chromium.click(browser.findElement(By.cssSelector("#proposal-revenue [data-test=row-add]")));
        LocalDate firstRepayment = LocalDate.now().withDayOfMonth(1).plusMonths(1 + 36 + 6);
        chromium.fill(chromium.visible(By.id("proposal-revenue-0-date")), firstRepayment.toString());
        chromium.fill(browser.findElement(By.id("proposal-revenue-0-amount")), "30000000");

        WebElement terms = browser.findElement(By.id("proposal-terms"));
        chromium.click(browser.findElement(By.id("proposal-save")));
        chromium.until(ExpectedConditions.stalenessOf(terms));
        assertThat(chromium.visible(By.id("metric-dscr")).getText()).as("the revenue covers the first period")
                .matches("\\d+\\.\\d\\d");
        chromium.visible(By.id("proposal-builder"));
        String proposals = "/api/accounts/" + accountId + "/proposals";
        JsonObject proposal = Api.as("am").get(proposals).structure().asJsonArray().getJsonObject(0);
        String versionOne = proposals + "/" + proposal.getJsonNumber("id") + "/versions/1";
        assertThat(Api.as("am").get(versionOne).json().getJsonObject("terms").getJsonObject("plan").getJsonArray("tranches")
                .getJsonObject(0).getJsonObject("rate").getString("value")).isEqualTo("0.065");

        chromium.fill(chromium.visible(By.id("scenario-name")), "Dearer buyer's credit");
        chromium.click(browser.findElement(By.id("scenario-save")));
        chromium.click(chromium.visible(By.cssSelector("[data-test=scenario-pick]")));
        chromium.click(browser.findElement(By.id("scenario-compare")));
        chromium.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=comparison-column]"), 2));
        assertThat(browser.findElement(By.id("tornado-npv")).isDisplayed()).isTrue();
        assertThat(chromium.fetched(browser.findElement(By.id("proposal-pdf")))).isEqualTo("200 application/pdf %PDF-");
        chromium.screenshot("proposal-builder");

        chromium.click(browser.findElement(By.id("lang-zh")));
        chromium.until(ExpectedConditions.textToBe(By.cssSelector("#proposal-builder [data-test=proposal-status]"), "草稿"));
        chromium.click(browser.findElement(By.id("proposal-submit")));
        chromium.until(ExpectedConditions.textToBe(By.cssSelector("#proposal-builder [data-test=proposal-status]"), "已提交"));
        assertThat(browser.findElement(By.id("proposal-plan-tranches-0-amount")).isEnabled()).as("frozen").isFalse();
        assertThat(Api.as("am").get(versionOne).json().getJsonObject("figures").getString("status")).isEqualTo("SUBMITTED");
    }
}
