package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Year;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The account plan page and the near-duplicates page in headless Chromium. */
@ClientTest
class AccountPlanBrowserIT {

    private static final int YEAR = Year.now().getValue();

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    @Test
    void editsAnObjectiveAndShowsTheFieldErrorsOfABadEdit() {
        long accountId = Fixtures.newAccount("Kenya Urban Roads Authority").getJsonNumber("id").longValue();
        String plan = "/api/accounts/" + accountId + "/plans/" + YEAR;
        Api.Answer added = Api.as("am").post(plan + "/objectives",
                AccountPlansApiIT.objective("Win the ring road bid", "am", YEAR + "-06-30", "NOT_STARTED"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        Chromium chromium = chromiums.signedIn("am");
        chromium.driver().get(Api.base() + "#/accounts/" + accountId);
        chromium.click(chromium.visible(By.cssSelector("[data-test=plan-year][data-year='" + YEAR + "'] a")));
        chromium.click(chromium.visible(By.cssSelector("[data-test=objective-edit]")));
        WebElement title = chromium.visible(By.id("objective-form-title"));
        title.clear();
        chromium.click(chromium.driver().findElement(By.id("objective-form-save")));
        assertThat(chromium.visible(By.cssSelector("#objective-form [data-test=field-error]")).getText())
                .isEqualTo("must not be blank");

        title.sendKeys("完成环城公路项目融资方案");
        new Select(chromium.driver().findElement(By.id("objective-form-status"))).selectByValue("AT_RISK");
        chromium.click(chromium.driver().findElement(By.id("objective-form-save")));

        chromium.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-test=objective-title]"), "完成环城公路项目融资方案"));
        assertThat(chromium.driver().findElement(By.cssSelector("[data-test=objective-status]")).getText()).isEqualTo("At risk");
        chromium.screenshot("plan-objective-edited-en");
        JsonObject stored = Api.as("am").get(plan).json().getJsonArray("objectives").getJsonObject(0);
        assertThat(stored.getString("status")).isEqualTo("AT_RISK");

        chromium.click(chromium.driver().findElement(By.id("plan-strengths-edit")));
        chromium.visible(By.id("plan-strengths-input")).sendKeys("Known to the Director General\nQuick on claims");
        chromium.click(chromium.driver().findElement(By.id("plan-strengths-save")));
        chromium.waiting().until(driver -> driver.findElements(By.cssSelector("[data-test=plan-strengths-list] li")).size() == 2);
    }

    @Test
    void thePdfLinkAnswersAPdf() {
        long kenyaRailways = Fixtures.demoAccountId("Kenya Railways Corporation");
        Chromium chromium = chromiums.signedIn("viewer");
        chromium.driver().get(Api.base() + "#/accounts/" + kenyaRailways + "/plans/" + YEAR);
        WebElement pdf = chromium.visible(By.id("plan-pdf"));
        assertThat(chromium.driver().findElements(By.id("objective-add"))).as("a viewer only reads").isEmpty();

        assertThat(chromium.fetched(pdf)).isEqualTo("200 application/pdf %PDF-");
    }

    @Test
    void keepsANearDuplicatePairApartFromTheNearDuplicatesPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long works = create("Ministry of Public Works " + tag);
        long worksAndTransport = create("Ministry of Public Works and Transport " + tag);

        Chromium chromium = chromiums.signedIn("am");
        chromium.click(chromium.visible(By.id("nav-duplicates")));
        By pair = By.cssSelector("[data-test=duplicate-row][data-first='" + works + "'][data-second='" + worksAndTransport + "']");
        // Other tests leave pairs too: look page by page.
        for (int page = 0; ; page++) {
            chromium.waiting().until(ExpectedConditions.textMatches(By.id("duplicates-page"),
                    Pattern.compile("Page " + (page + 1) + " of \\d+")));
            if (!chromium.driver().findElements(pair).isEmpty()) {
                break;
            }
            assertThat(page).as("pages searched for the pair").isLessThan(50);
            chromium.driver().get(Api.base() + "#/near-duplicates?page=" + (page + 1));
        }
        chromium.screenshot("near-duplicates-en");
        chromium.click(chromium.driver().findElement(pair).findElement(By.cssSelector("[data-test=duplicate-keep-apart]")));
        chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(pair));
    }

    private static long create(String name) {
        Api.Answer created = Api.as("am").post("/api/accounts", """
                {"name": "%s", "country": "FJI", "agencyType": "MINISTRY"}""".formatted(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
