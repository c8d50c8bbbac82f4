package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The interaction timeline on the account page and "My follow-ups", in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InteractionsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.pylonEar();
    }

    private Chromium chromium;

    @RegisterExtension
    final AfterTestExecutionCallback evidenceOfFailure = context -> {
        if (context.getExecutionException().isPresent() && chromium != null) {
            chromium.keepEvidence("failed-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openChromium() throws IOException {
        String missing = Chromium.missing();
        assumeTrue(missing == null, missing);
        chromium = new Chromium("en-US");
    }

    @AfterEach
    void closeChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void logsAnInteractionWithAFollowUpThenCompletesItUnderMyFollowUps() {
        JsonObject account = Fixtures.newAccount("Kenya Rural Roads Authority");
        long accountId = InteractionsApiIT.id(account);
        long director = InteractionsApiIT.contactOf(accountId, "Achieng Onyango");
        chromium.signIn("am");
        chromium.browser.get(Api.base() + "#/accounts/" + accountId);
        assertThat(chromium.visible(By.id("visit-status")).getDomAttribute("data-status")).isEqualTo("DUE");
        chromium.visible(By.id("interactions-empty"));

        chromium.click(chromium.browser.findElement(By.id("interaction-add")));
        chromium.visible(By.id("interaction-form-summary"));
        chromium.click(chromium.browser.findElement(By.id("interaction-form-add-follow-up")));
        chromium.click(chromium.browser.findElement(By.id("interaction-form-save")));
        assertThat(chromium.visible(By.id("interaction-form-summary-feedback")).getText()).isEqualTo("must not be blank");
        assertThat(chromium.visible(By.id("interaction-form-followUps-0-description-feedback")).getText())
                .isEqualTo("must not be blank");
        assertThat(chromium.visible(By.id("interaction-form-alert")).getText())
                .isEqualTo("The interaction was not saved: please correct the marked fields.");

        chromium.click(chromium.browser.findElement(By.id("interaction-form-our-am")));
        chromium.click(chromium.browser.findElement(By.id("interaction-form-their-" + director)));
        chromium.browser.findElement(By.id("interaction-form-summary")).sendKeys("Visited the regional depot in Nakuru.");
        chromium.browser.findElement(By.id("interaction-form-outcome")).sendKeys("They will share the road condition survey.");
        String task = "Send the maintenance proposal " + Fixtures.uniqueName("to");
        chromium.browser.findElement(By.id("interaction-form-followUps-0-description")).sendKeys(task);
        new Select(chromium.browser.findElement(By.id("interaction-form-followUps-0-owner"))).selectByValue("am");
        chromium.fill(chromium.browser.findElement(By.id("interaction-form-followUps-0-dueOn")),
                LocalDate.now().minusDays(1).toString());
        chromium.click(chromium.browser.findElement(By.id("interaction-form-save")));

        chromium.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=interaction-row]"), 1));
        WebElement row = chromium.browser.findElement(By.cssSelector("[data-test=interaction-row]"));
        assertThat(row.getText()).contains("Visit", "Visited the regional depot in Nakuru.", "Amir Account-Manager",
                "Achieng Onyango", task);
        assertThat(chromium.browser.findElement(By.id("visit-status")).getDomAttribute("data-status")).isEqualTo("OK");
        WebElement open = chromium.browser.findElement(By.cssSelector("#account-follow-ups [data-test=follow-up-row]"));
        assertThat(open.getText()).contains(task, "Overdue");

        chromium.click(chromium.browser.findElement(By.id("nav-my-follow-ups")));
        By mine = By.xpath("//tr[@data-test='my-follow-up-row'][td[@data-test='my-follow-up-description'][.='" + task + "']]");
        WebElement listed = chromium.visible(mine);
        assertThat(listed.findElement(By.cssSelector("[data-test=follow-up-overdue]")).getText()).isEqualTo("Overdue");
        assertThat(listed.findElement(By.cssSelector("[data-test=account-link]")).getText()).isEqualTo(account.getString("name"));
        assertThat(chromium.browser.findElement(By.cssSelector("[data-test=my-follow-up-row]")).findElements(
                By.cssSelector("[data-test=follow-up-overdue]"))).as("the overdue come first").isNotEmpty();

        chromium.click(listed.findElement(By.cssSelector("[data-test=follow-up-done]")));
        chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(mine));
        assertThat(Api.as("am").get("/api/accounts/" + accountId + "/follow-ups").json().getJsonArray("items")).isEmpty();

        chromium.browser.findElement(By.id("lang-zh")).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("nav-my-follow-ups"), "我的跟进事项"));
        chromium.browser.get(Api.base() + "#/accounts/" + accountId);
        chromium.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=interaction-kind]"), "拜访"));
    }
}
