package io.pylon.it;

import static io.pylon.it.OpportunitiesApiIT.opportunitiesOf;
import static io.pylon.it.OpportunitiesApiIT.opportunity;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The executive dashboard in headless Chromium: tiles, charts, the account table filtered, sorted and exported, the
 * overdue invoices, and a drill-down to an account and one of its projects and back to the same view. Its account is
 * in Barbados, where no other test (nor the World Bank extract the imports read) has one.
 */
@ClientTest
class PortfolioBrowserIT {

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    @Test
    void theDashboardFiltersSortsExportsAndDrillsDownAndBack() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api am = Api.as("am");
        JsonObject account = am.post("/api/accounts", """
                {"name": "%s", "country": "BRB", "agencyType": "AUTHORITY", "sectors": ["PORT"]}"""
                .formatted(Fixtures.uniqueName("Barbados Port Authority"))).json();
        long id = account.getJsonNumber("id").longValue();
        assertThat(am.post(opportunitiesOf(account), opportunity("Deep water harbour quay", "20000000", "USD", 100, "WON",
                null)).status()).isEqualTo(201);
        JsonObject project = am.post("/api/projects", """
                {"name": "Bridgetown container terminal", "ownerAccountId": %d, "country": "BRB", "sector": "PORT",
                 "contractType": "EPC"}""".formatted(id)).json();
        assertThat(am.post("/api/projects/" + project.getJsonNumber("id") + "/invoices", """
                {"number": "IPC-07", "kind": "PAYMENT_CERTIFICATE", "amount": {"amount": "750000", "currency": "USD"},
                 "issuedOn": "%s", "dueOn": "%s"}""".formatted(today.minusDays(50), today.minusDays(20))).status())
                .isEqualTo(201);
        am.post("/api/accounts/" + id + "/surveys", AccountSurveysApiIT.survey(today.minusDays(200), 3, 6));
        am.post("/api/accounts/" + id + "/surveys", AccountSurveysApiIT.survey(today.minusDays(5), 4, 8));

        Chromium chromium = chromiums.signedIn("exec");
        WebDriver browser = chromium.driver();
        chromium.click(chromium.visible(By.id("nav-portfolio")));
        chromium.visible(By.cssSelector("[data-test=portfolio-tile][data-tile=backlog]"));
        chromium.fill(browser.findElement(By.id("portfolio-filter-country")), "BRB");
        chromium.until(ExpectedConditions.urlContains("country=BRB"));
        chromium.until(driver -> driver.findElements(By.cssSelector("[data-test=portfolio-row]")).size() == 1);

        assertThat(browser.findElement(By.cssSelector("[data-test=portfolio-row]")).getAttribute("data-account-id"))
                .isEqualTo(String.valueOf(id));
        assertThat(browser.findElement(By.cssSelector("[data-tile=accounts] [data-test=tile-value]")).getText())
                .isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("[data-tile=backlog] [data-test=tile-value]")).getText())
                .isEqualTo("$20,000,000");
        assertThat(browser.findElement(By.cssSelector("[data-tile=overdueReceivable] [data-test=tile-value]")).getText())
                .isEqualTo("$750,000");
        assertThat(browser.findElement(By.id("portfolio-overdue-invoices")).getText()).contains("IPC-07", "20 days");
        assertThat(browser.findElement(By.cssSelector("[data-test=portfolio-row] [data-test=satisfaction]")).getText())
                .as("the latest survey's average and its rise").contains("4.00", "▲1.00");
        assertThat(browser.findElement(By.cssSelector("#portfolio-concentration-accounts [data-test=hhi]")).getText())
                .as("one account holds everything").isEqualTo("10000");
        @SuppressWarnings("unchecked")
        List<Object> labels = (List<Object>) chromium.until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart('portfolio-pareto-chart')?.data.labels"));
        assertThat(labels).containsExactly(account.getString("name"));
        assertThat(chromium.fetched(browser.findElement(By.id("portfolio-csv-accounts"))).toString())
                .startsWith("200 text/csv");
        assertThat(browser.findElement(By.id("portfolio-csv-accounts")).getAttribute("href")).contains("country=BRB");
        assertThat(chromium.fetched(browser.findElement(By.id("portfolio-pdf"))).toString())
                .isEqualTo("200 application/pdf %PDF-");

        chromium.click(browser.findElement(By.cssSelector("[data-sort=backlog]")));
        chromium.visible(By.cssSelector("th[aria-sort=descending] [data-sort=backlog]"));

        chromium.click(browser.findElement(By.cssSelector("[data-test=portfolio-account]")));
        chromium.until(ExpectedConditions.textToBe(By.id("account-title"), account.getString("name")));
        chromium.click(chromium.visible(By.cssSelector("[data-test=project-link]")));
        chromium.until(ExpectedConditions.textToBe(By.id("project-name"), "Bridgetown container terminal"));
        browser.navigate().back();
        chromium.visible(By.id("account-title"));
        browser.navigate().back();
        chromium.until(driver -> driver.findElements(By.cssSelector("[data-test=portfolio-row]")).size() == 1);
        assertThat(chromium.valueOf("portfolio-filter-country")).as("back to the same view").isEqualTo("BRB");
        assertThat(browser.getCurrentUrl()).contains("sort=-backlog");

        chromium.click(browser.findElement(By.id("lang-zh")));
        chromium.until(ExpectedConditions.textToBe(By.cssSelector("#portfolio h1"), "重点客户组合"));
        chromium.click(browser.findElement(By.id("lang-en")));
    }

    @Test
    void receivablesStartOnTheProjectPageWhereAnInvoiceIsIssuedAndPaid() {
        long projectId = Fixtures.newProject("Kenya Railways Billing", "Nairobi commuter rail", "EPC")
                .getJsonNumber("id").longValue();
        Chromium chromium = chromiums.signedIn("am");
        WebDriver browser = chromium.driver();
        browser.get(Api.base() + "#/projects/" + projectId);
        chromium.visible(By.id("invoices-none"));

        chromium.fill(browser.findElement(By.id("invoice-number")), "IPC-01");
        chromium.fill(browser.findElement(By.id("invoice-amount-amount")), "-5");
        chromium.click(browser.findElement(By.id("invoice-add")));
        assertThat(chromium.visible(By.id("invoice-amount-amount-feedback")).getText()).isNotBlank();
        assertThat(chromium.visible(By.id("invoice-dueOn-feedback")).getText()).isNotBlank();

        chromium.fill(browser.findElement(By.id("invoice-amount-amount")), "1250000");
        chromium.fill(browser.findElement(By.id("invoice-dueOn")), LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        chromium.click(browser.findElement(By.id("invoice-add")));
        assertThat(chromium.visible(By.cssSelector("[data-test=invoice-row] [data-test=invoice-standing]")).getText())
                .isEqualTo("Not yet due");
        chromium.click(browser.findElement(By.cssSelector("[data-test=invoice-pay]")));
        chromium.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=invoice-row] [data-test=invoice-standing]"),
                "Paid"));
        assertThat(Api.as("am").get("/api/projects/" + projectId + "/invoices").structure().asJsonArray()
                .getJsonObject(0).getString("paidOn")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    }

    @Test
    void aBadViewIsExplainedWithTheFiltersStillThere() {
        Chromium chromium = chromiums.signedIn("am");
        chromium.driver().get(Api.base() + "#/portfolio?asOf=2999-01-01");
        assertThat(chromium.visible(By.id("portfolio-alert")).getText()).contains("future");
        assertThat(chromium.valueOf("portfolio-filter-asOf")).isEqualTo("2999-01-01");
    }
}
