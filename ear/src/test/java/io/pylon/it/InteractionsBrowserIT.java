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
 * The interaction timeline on the account page and "My follow-ups", in headless Chromium: logging, editing and
 * completing.
 */
@ClientTest
class InteractionsBrowserIT {

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    @Test
    void logsAnInteractionWithAFollowUpThenCompletesItUnderMyFollowUps() {
        JsonObject account = Fixtures.newAccount("Kenya Rural Roads Authority");
        long accountId = InteractionsApiIT.id(account);
        long director = InteractionsApiIT.contactOf(accountId, "Achieng Onyango");
        Chromium chromium = chromiums.signedIn("am");
        WebDriver browser = chromium.driver();
        browser.get(Api.base() + "#/accounts/" + accountId);
        assertThat(chromium.visible(By.id("visit-status")).getDomAttribute("data-status")).isEqualTo("DUE");
        chromium.visible(By.id("interactions-empty"));

        chromium.click(browser.findElement(By.id("interaction-add")));
        chromium.visible(By.id("interaction-form-summary"));
        chromium.click(browser.findElement(By.id("interaction-form-add-follow-up")));
        chromium.click(browser.findElement(By.id("interaction-form-save")));
        assertThat(chromium.visible(By.id("interaction-form-summary-feedback")).getText()).isEqualTo("must not be blank");
        assertThat(chromium.visible(By.id("interaction-form-followUps-0-description-feedback")).getText())
                .isEqualTo("must not be blank");
        assertThat(chromium.visible(By.id("interaction-form-alert")).getText())
                .isEqualTo("The interaction was not saved: please correct the marked fields.");

        chromium.click(browser.findElement(By.id("interaction-form-our-am")));
        chromium.click(browser.findElement(By.id("interaction-form-their-" + director)));
        browser.findElement(By.id("interaction-form-summary")).sendKeys("Visited the regional depot in Nakuru.");
        browser.findElement(By.id("interaction-form-outcome")).sendKeys("They will share the road condition survey.");
        String task = "Send the maintenance proposal " + Fixtures.uniqueName("to");
        browser.findElement(By.id("interaction-form-followUps-0-description")).sendKeys(task);
        new Select(browser.findElement(By.id("interaction-form-followUps-0-owner"))).selectByValue("am");
        chromium.fill(browser.findElement(By.id("interaction-form-followUps-0-dueOn")),
                LocalDate.now().minusDays(1).toString());
        chromium.click(browser.findElement(By.id("interaction-form-save")));

        chromium.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=interaction-row]"), 1));
        WebElement row = browser.findElement(By.cssSelector("[data-test=interaction-row]"));
        assertThat(row.getText()).contains("Visit", "Visited the regional depot in Nakuru.", "Amir Account-Manager",
                "Achieng Onyango", task);
        assertThat(browser.findElement(By.id("visit-status")).getDomAttribute("data-status")).isEqualTo("OK");
        WebElement open = browser.findElement(By.cssSelector("#account-follow-ups [data-test=follow-up-row]"));
        assertThat(open.getText()).contains(task, "Overdue");

        chromium.click(browser.findElement(By.id("nav-my-follow-ups")));
        By mine = By.xpath("//tr[@data-test='my-follow-up-row'][td[@data-test='my-follow-up-description'][.='" + task + "']]");
        WebElement listed = chromium.visible(mine);
        assertThat(listed.findElement(By.cssSelector("[data-test=follow-up-overdue]")).getText()).isEqualTo("Overdue");
        assertThat(listed.findElement(By.cssSelector("[data-test=account-link]")).getText()).isEqualTo(account.getString("name"));
        assertThat(browser.findElement(By.cssSelector("[data-test=my-follow-up-row]")).findElements(
                By.cssSelector("[data-test=follow-up-overdue]"))).as("the overdue come first").isNotEmpty();

        chromium.click(listed.findElement(By.cssSelector("[data-test=follow-up-done]")));
        chromium.until(ExpectedConditions.invisibilityOfElementLocated(mine));
        assertThat(Api.as("am").get("/api/accounts/" + accountId + "/follow-ups").json().getJsonArray("items")).isEmpty();

        chromium.click(browser.findElement(By.id("lang-zh")));
        chromium.until(ExpectedConditions.textToBe(By.id("nav-my-follow-ups"), "我的跟进事项"));
        browser.get(Api.base() + "#/accounts/" + accountId);
        chromium.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=interaction-kind]"), "拜访"));
    }

    @Test
    void editsAnInteractionOnTheTimelineAndMovesItsFollowUpFromThereAndFromMyFollowUps() {
        long accountId = InteractionsApiIT.id(Fixtures.newAccount("Kenya Water Towers Agency"));
        LocalDate today = LocalDate.now();
        String task = "Send the catchment study " + Fixtures.uniqueName("to");
        Api.Answer recorded = Api.as("am").post("/api/accounts/" + accountId + "/interactions", InteractionsApiIT.interaction(
                "MEETING", today.minusDays(1), "\"am\"", "", InteractionsApiIT.followUp(task, "am", today.plusDays(3))));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        Chromium chromium = chromiums.signedIn("am");
        WebDriver browser = chromium.driver();
        browser.get(Api.base() + "#/accounts/" + accountId);
        chromium.click(chromium.visible(By.cssSelector("[data-test=interaction-edit]")));
        WebElement summary = chromium.visible(By.id("interaction-form-summary"));
        assertThat(summary.getDomProperty("value")).isEqualTo("Discussed the feasibility study of the northern line.");
        assertThat(browser.findElement(By.id("interaction-form-our-am")).isSelected()).isTrue();
        assertThat(new Select(browser.findElement(By.id("interaction-form-kind"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo("MEETING");
        assertThat(browser.findElements(By.id("interaction-form-add-follow-up")))
                .as("follow-ups are edited each on its own").isEmpty();
        summary.clear();
        chromium.click(browser.findElement(By.id("interaction-form-save")));
        assertThat(chromium.visible(By.id("interaction-form-summary-feedback")).getText()).isEqualTo("must not be blank");
        chromium.screenshot("interaction-edit-field-error-en");

        summary.sendKeys("Agreed the scope of the catchment study.");
        chromium.click(browser.findElement(By.id("interaction-form-save")));
        chromium.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=interaction-summary]"),
                "Agreed the scope of the catchment study."));
        assertThat(browser.findElement(By.cssSelector("[data-test=interaction-kind]")).getText()).isEqualTo("Meeting");
        assertThat(browser.findElement(By.cssSelector("[data-test=timeline-follow-up]")).getText())
                .as("its follow-up stays").contains(task);

        chromium.click(browser.findElement(By.cssSelector("[data-test=timeline-follow-up] [data-test=follow-up-edit]")));
        WebElement due = chromium.visible(By.id("follow-up-form-dueOn"));
        assertThat(chromium.valueOf("follow-up-form-description")).isEqualTo(task);
        String later = today.plusDays(30).toString();
        chromium.fill(due, later);
        chromium.click(browser.findElement(By.id("follow-up-form-save")));
        chromium.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=timeline-follow-up]"), later));

        chromium.click(browser.findElement(By.id("nav-my-follow-ups")));
        By mine = By.xpath("//tr[@data-test='my-follow-up-row'][td[@data-test='my-follow-up-description'][.='" + task + "']]");
        assertThat(chromium.visible(mine).getText()).startsWith(later);

        chromium.click(browser.findElement(mine).findElement(By.cssSelector("[data-test=follow-up-edit]")));
        WebElement description = chromium.visible(By.id("follow-up-form-description"));
        description.clear();
        chromium.click(browser.findElement(By.id("follow-up-form-save")));
        assertThat(chromium.visible(By.id("follow-up-form-description-feedback")).getText()).isEqualTo("must not be blank");
        chromium.screenshot("my-follow-up-field-error-en");
        assertThat(browser.findElement(By.id("follow-up-form-alert")).getText())
                .isEqualTo("The follow-up was not saved: please correct the marked fields.");

        description.sendKeys(task);
        String sooner = today.plusDays(2).toString();
        chromium.fill(browser.findElement(By.id("follow-up-form-dueOn")), sooner);
        chromium.click(browser.findElement(By.id("follow-up-form-save")));
        chromium.until(ExpectedConditions.textToBePresentInElementLocated(mine, sooner));
        assertThat(Api.as("am").get("/api/accounts/" + accountId + "/follow-ups").json().getJsonArray("items")
                .getJsonObject(0).getString("dueOn")).isEqualTo(sooner);
    }
}
