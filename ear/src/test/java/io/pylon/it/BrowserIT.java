package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser UI in headless Chromium, driven through the system's ChromeDriver: sign-in,
 * search, create, edit, field errors, edit conflicts, roles and the language switch.
 */
@ClientTest
class BrowserIT {

    private static final Duration WAIT = Chromium.WAIT;
    private static final String PASSWORD = Api.DEMO_PASSWORD;

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    private Chromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    /** The build's console shows only a count of skipped tests: say once why. */
    @BeforeAll
    static void explainSkipping() {
        if (Chromium.missing() != null) {
            System.err.println("BrowserIT skipped: " + Chromium.missing());
        }
    }

    @Test
    void signsInThroughTheLoginPageAfterAWrongPassword() {
        open("en-US");
        browser.get(Api.base().toString());
        wait.until(ExpectedConditions.urlContains("/login.html"));

        login("am", "not-the-password");
        wait.until(ExpectedConditions.urlContains("/login.html?failed"));
        assertThat(visible(By.id("login-failed")).getText()).isEqualTo("Wrong username or password.");
        assertThat(valueOf("login-username")).isEqualTo("am");
        screenshot("login-failed-en");

        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("nav-user"), "data-username", "am"));
        assertThat(browser.findElement(By.id("nav-user")).getText()).isEqualTo("Amir Account-Manager");
        assertThat(browser.getCurrentUrl()).endsWith("/#/accounts");
        visible(By.id("accounts-table"));

        browser.findElement(By.id("nav-logout")).click();
        wait.until(ExpectedConditions.urlContains("/login.html"));
        browser.get(Api.base() + "#/accounts");
        wait.until(ExpectedConditions.urlContains("/login.html"));
    }

    @Test
    void findsAccountsByTextAndCountryAndPagesAndSortsThem() {
        signIn("am");
        screenshot("account-list-en");
        WebElement search = visible(By.id("account-search-q"));
        search.sendKeys("railways\n");
        waitForAccounts(names -> names.containsAll(List.of("Kenya Railways Corporation", "Uzbekistan Railways"))
                && names.stream().allMatch(name -> name.toLowerCase().contains("railways")));
        assertThat(browser.getCurrentUrl()).contains("q=railways");

        new Select(browser.findElement(By.id("account-search-country"))).selectByValue("KEN");
        waitForAccounts(names -> names.equals(List.of("Kenya Railways Corporation")));
        assertThat(browser.findElement(By.id("accounts-total")).getText()).isEqualTo("1 account");
        assertThat(browser.findElement(By.id("page-info")).getText()).isEqualTo("Page 1 of 1");
        assertThat(browser.findElement(By.id("page-next")).isEnabled()).isFalse();

        browser.get(Api.base() + "#/accounts?size=3");
        waitForAccounts(names -> names.size() == 3);
        List<String> firstPage = accountNames();
        String pageInfo = browser.findElement(By.id("page-info")).getText();
        assertThat(pageInfo).matches("Page 1 of \\d+");
        browser.findElement(By.id("page-next")).click();
        wait.until(ExpectedConditions.textMatches(By.id("page-info"), Pattern.compile("Page 2 of \\d+")));
        assertThat(accountNames()).doesNotContainAnyElementsOf(firstPage);

        browser.findElement(By.id("page-prev")).click();
        waitForAccounts(firstPage::equals);
        browser.findElement(By.id("sort-name")).click();
        wait.until(ExpectedConditions.urlContains("sort=-name"));
        waitForAccounts(names -> names.size() == 3 && !names.equals(firstPage));
        assertThat(accountNames()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed())
                .doesNotContainAnyElementsOf(firstPage);
    }

    @Test
    void createsAnAccountThenEditsIt() {
        signIn("am");
        visible(By.id("account-create")).click();
        String name = "Kenya Urban Roads Authority " + unique();
        visible(By.id("account-form-name")).sendKeys(name);
        new Select(browser.findElement(By.id("account-form-country"))).selectByValue("KEN");
        new Select(browser.findElement(By.id("account-form-agencyType"))).selectByValue("AUTHORITY");
        new Select(browser.findElement(By.id("account-form-classification"))).selectByValue("POTENTIAL");
        browser.findElement(By.id("account-form-sector-ROAD")).click();
        browser.findElement(By.id("account-form-sector-BRIDGE")).click();
        new Select(browser.findElement(By.id("account-form-parentAccountId")))
                .selectByVisibleText("Ministry of Roads and Transport");
        browser.findElement(By.id("account-form-save")).click();

        wait.until(ExpectedConditions.textToBe(By.id("account-title"), name));
        assertThat(browser.getCurrentUrl()).matches(".*#/accounts/\\d+");
        assertThat(field("country")).isEqualTo("Kenya KEN");
        assertThat(field("agencyType")).isEqualTo("Authority");
        assertThat(field("sectors")).isEqualTo("Road Bridge");
        assertThat(field("parent")).isEqualTo("Ministry of Roads and Transport");
        assertThat(field("classification")).isEqualTo("Potential");
        assertThat(browser.findElements(By.cssSelector("[data-test=history-row]"))).hasSize(1);

        browser.findElement(By.id("account-edit")).click();
        WebElement nativeName = visible(By.id("account-form-nativeName"));
        assertThat(valueOf("account-form-name")).isEqualTo(name);
        nativeName.sendKeys("Mamlaka ya Barabara za Mijini");
        browser.findElement(By.id("account-form-sector-BRIDGE")).click();
        browser.findElement(By.id("account-form-save")).click();

        wait.until(ExpectedConditions.textToBe(By.id("account-native-name"), "Mamlaka ya Barabara za Mijini"));
        assertThat(field("sectors")).isEqualTo("Road");
        List<WebElement> history = browser.findElements(By.cssSelector("[data-test=history-row]"));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getText()).contains("am", "Changed", "Mamlaka ya Barabara za Mijini");
        assertThat(history.get(1).getText()).contains("am", "Created");
        screenshot("account-detail-en");
    }

    @Test
    void showsEachFieldErrorNextToItsFieldAndKeepsWhatWasTyped() {
        long id = createAccount("Tanzania Rural Roads Agency " + unique());
        signIn("am");
        browser.get(Api.base() + "#/accounts/" + id + "/edit");
        visible(By.id("account-form-name")).clear();
        browser.findElement(By.id("account-form-nativeName")).sendKeys("Wakala wa Barabara Vijijini");
        browser.findElement(By.id("account-form-save")).click();

        assertThat(visible(By.id("account-form-name-feedback")).getText()).isEqualTo("must not be blank");
        assertThat(browser.findElement(By.id("account-form-name")).getDomAttribute("class")).contains("is-invalid");
        assertThat(browser.findElement(By.id("account-form-nativeName")).getDomAttribute("class")).doesNotContain("is-invalid");
        assertThat(valueOf("account-form-nativeName")).isEqualTo("Wakala wa Barabara Vijijini");
        assertThat(visible(By.id("account-form-alert")).getText())
                .isEqualTo("The account was not saved: please correct the marked fields.");
        screenshot("edit-field-error-en");

        chromium.click(browser.findElement(By.id("lang-zh")));
        wait.until(ExpectedConditions.textToBe(By.id("account-form-alert"), "客户未保存：请更正标出的字段。"));
        assertThat(valueOf("account-form-nativeName")).isEqualTo("Wakala wa Barabara Vijijini");
        assertThat(visible(By.id("account-form-name-feedback")).getText()).isEqualTo("不能为空");
        screenshot("edit-field-error-zh");
    }

    @Test
    void reportsAConflictWhenSomeoneElseSavedTheAccountFirst() {
        String name = "Dar es Salaam Rapid Transit Agency " + unique();
        long id = createAccount(name);
        signIn("am");
        browser.get(Api.base() + "#/accounts/" + id + "/edit");
        visible(By.id("account-form-nativeName")).sendKeys("Wakala wa Mabasi Yaendayo Haraka");

        Api.Answer behindTheBrowsersBack = Api.as("am").put("/api/accounts/" + id, """
                {"name": "%s (renamed)", "country": "TZA", "agencyType": "AGENCY", "sectors": ["ROAD"], "version": 0}
                """.formatted(name));
        assertThat(behindTheBrowsersBack.status()).as(behindTheBrowsersBack.toString()).isEqualTo(200);

        browser.findElement(By.id("account-form-save")).click();
        assertThat(visible(By.id("account-form-conflict")).getText())
                .startsWith("Someone else changed this account since you opened it");
        assertThat(valueOf("account-form-nativeName")).isEqualTo("Wakala wa Mabasi Yaendayo Haraka");

        browser.findElement(By.id("account-form-reload")).click();
        wait.until(driver -> valueOf("account-form-name").equals(name + " (renamed)"));
        assertThat(valueOf("account-form-nativeName")).isEmpty();
        assertThat(browser.findElement(By.id("account-form-conflict")).isDisplayed()).isFalse();
        browser.findElement(By.id("account-form-nativeName")).sendKeys("Wakala wa Mabasi Yaendayo Haraka");
        browser.findElement(By.id("account-form-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("account-native-name"), "Wakala wa Mabasi Yaendayo Haraka"));
        assertThat(browser.findElement(By.id("account-title")).getText()).isEqualTo(name + " (renamed)");
    }

    @Test
    void showsMarkupInTheDataAsPlainText() {
        String marker = unique();
        String name = "<img src=x onerror=document.title='owned'> <b>Agency</b> " + marker;
        long id = createAccount(name);
        signIn("am");
        browser.findElement(By.id("account-search-q")).sendKeys(marker + "\n");
        waitForAccounts(names -> names.size() == 1);
        assertThat(accountNames()).containsExactly(name);
        assertThat(browser.findElements(By.cssSelector("#accounts-table img, #accounts-table b"))).isEmpty();

        browser.get(Api.base() + "#/accounts/" + id);
        wait.until(ExpectedConditions.textToBe(By.id("account-title"), name));
        assertThat(browser.findElements(By.cssSelector("#account-detail img, #account-detail b"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Pylon");
    }

    @Test
    void addsAndEditsContactsOnTheDetailPage() {
        long id = createAccount("Kenya Water Towers Agency " + unique());
        signIn("am");
        browser.get(Api.base() + "#/accounts/" + id);
        visible(By.id("contacts-empty"));

        click(browser.findElement(By.id("contact-add")));
        // Enter in a field submits the form, as a user in a hurry would.
        visible(By.id("contact-form-title")).sendKeys("Director General\n");
        assertThat(visible(By.id("contact-form-name-feedback")).getText()).isEqualTo("must not be blank");
        assertThat(valueOf("contact-form-title")).isEqualTo("Director General");

        new Select(browser.findElement(By.id("contact-form-influence"))).selectByValue("DECISION_MAKER");
        new Select(browser.findElement(By.id("contact-form-relationshipStrength"))).selectByValue("4");
        browser.findElement(By.id("contact-form-name")).sendKeys("Wanjiru Kamau\n");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=contact-row]"), 1));
        WebElement row = browser.findElement(By.cssSelector("[data-test=contact-row]"));
        assertThat(row.getText()).contains("Wanjiru Kamau", "Director General", "Decision maker");
        assertThat(row.findElement(By.cssSelector("[data-test=contact-strength]")).getText()).isEqualTo("●●●●○");

        click(row.findElement(By.cssSelector("[data-test=contact-edit]")));
        visible(By.id("contact-form-department")).sendKeys("Office of the Director General\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=contact-row]"),
                "Office of the Director General"));
    }

    @Test
    void recordsASurveyAndShowsItsTrend() {
        long id = createAccount("Kenya Roads Board " + unique());
        signIn("am");
        browser.get(Api.base() + "#/accounts/" + id);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=survey-nps]"), "—"));
        assertThat(browser.findElement(By.id("account-surveys")).getText()).doesNotContain("null");
        // A fresh account's health: nothing open (100) and a first visit due (75), nothing else known yet.
        assertThat(browser.findElement(By.id("health-score")).getText()).isEqualTo("90.6");
        assertThat(browser.findElements(By.cssSelector("#health-parts [data-test=score-part]")))
                .extracting(WebElement::getText)
                .anySatisfy(part -> assertThat(part).startsWith("Visit cadence").contains("A visit is due by"))
                .anySatisfy(part -> assertThat(part).startsWith("Satisfaction").contains("No satisfaction survey yet"));

        click(browser.findElement(By.id("survey-add")));
        WebElement date = visible(By.id("survey-form-surveyedOn"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date,
                LocalDate.now().plusYears(1).toString());
        browser.findElement(By.id("survey-form-respondent")).sendKeys("Director of Planning\n");
        assertThat(visible(By.id("survey-form-surveyedOn-feedback")).getText()).isEqualTo("must not be in the future");
        assertThat(valueOf("survey-form-respondent")).isEqualTo("Director of Planning");

        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date,
                LocalDate.now().minusDays(3).toString());
        new Select(browser.findElement(By.id("survey-form-quality"))).selectByValue("5");
        new Select(browser.findElement(By.id("survey-form-likelihoodToRecommend"))).selectByValue("10");
        browser.findElement(By.id("survey-form-respondent")).sendKeys("\n");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=survey-row]"), 1));
        // Quality 5 and four 3s average 3.40; one promoter of one survey is an NPS of 100.
        assertThat(browser.findElement(By.cssSelector("[data-test=survey-latest]")).getText()).isEqualTo("3.40");
        assertThat(browser.findElement(By.cssSelector("[data-test=survey-nps]")).getText()).isEqualTo("100");
    }

    @Test
    void importsAFileAndShowsItsProgressReportAndProjects() throws IOException {
        String suffix = unique();
        Path csv = Files.createTempFile("pylon-import-", ".csv");
        Files.writeString(csv, """
                id,project_name,countrycode,impagency,borrower,totalcommamt,boardapprovaldate,closingdate,status
                PB%1$s,Lake Victoria Ferry Terminal,TZ,Marine Services Agency %1$s,United Republic of Tanzania %1$s,2500000,2016-05-10T00:00:00Z,,Active
                PC%1$s,Dodoma Bypass,TZ,,,1,2016-05-10T00:00:00Z,,Active
                """.formatted(suffix));
        signIn("am");
        click(browser.findElement(By.id("nav-imports")));
        visible(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
        click(browser.findElement(By.id("import-start")));

        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#import-current [data-test=import-state]"), "data-state", "DONE"));
        assertThat(browser.findElement(By.cssSelector("[data-test=projects-created]")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("[data-test=accounts-created]")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("[data-test=rejected-row]")).getText())
                .startsWith("2 impagency is required");
        assertThat(browser.findElements(By.cssSelector("[data-test=import-row]"))).isNotEmpty();
        Files.delete(csv);

        browser.get(Api.base() + "#/accounts?q=" + suffix);
        click(visible(By.linkText("Marine Services Agency " + suffix)));
        WebElement project = visible(By.cssSelector("[data-test=project-row][data-external-id=PB" + suffix + "]"));
        assertThat(project.getText()).contains("Lake Victoria Ferry Terminal", "Active", "$2,500,000", "2016-05-10",
                "Construction",
                "United Republic of Tanzania " + suffix);
    }

    @Test
    void managesTheAccountTeamOnTheDetailPage() {
        long id = createAccount("Kenya Power Company " + unique());
        signIn("am");
        browser.get(Api.base() + "#/accounts/" + id);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=team-row]"), 1));

        browser.findElement(By.id("team-add-username")).sendKeys("nobody");
        click(browser.findElement(By.id("team-add-submit")));
        assertThat(visible(By.id("team-alert")).getText()).isEqualTo("There is no user of that name.");

        browser.findElement(By.id("team-add-username")).clear();
        browser.findElement(By.id("team-add-username")).sendKeys("pm");
        new Select(browser.findElement(By.id("team-add-role"))).selectByValue("PROJECT_LEAD");
        click(browser.findElement(By.id("team-add-submit")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=team-row]"), 2));
        assertThat(new Select(browser.findElement(By.id("team-role-pm"))).getFirstSelectedOption().getText())
                .isEqualTo("Project lead");
        assertThat(Api.as("pm").get("/api/accounts/" + id).status()).isEqualTo(200);

        WebElement role = browser.findElement(By.id("team-role-pm"));
        new Select(role).selectByValue("SPONSOR");
        wait.until(ExpectedConditions.stalenessOf(role)); // the card redraws from the server's answer
        assertThat(new Select(browser.findElement(By.id("team-role-pm"))).getFirstSelectedOption().getText())
                .isEqualTo("Sponsor");

        click(browser.findElement(By.cssSelector("[data-username=pm] [data-test=team-remove]")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=team-row]"), 1));
        assertThat(Api.as("pm").get("/api/accounts/" + id).status()).isEqualTo(404);
    }

    @Test
    void offersCreatingAndEditingOnlyToThoseWhoMay() {
        signIn("viewer");
        visible(By.id("accounts-table"));
        assertThat(browser.findElements(By.id("account-create"))).isEmpty();

        browser.findElement(By.linkText("Kenya Railways Corporation")).click();
        wait.until(ExpectedConditions.textToBe(By.id("account-title"), "Kenya Railways Corporation"));
        assertThat(browser.findElements(By.id("account-edit"))).isEmpty();
        visible(By.id("account-team"));
        assertThat(browser.findElements(By.id("team-add"))).isEmpty();
        assertThat(browser.findElement(By.id("account-detail")).getText()).doesNotContain("null");

        browser.get(Api.base() + "#/accounts/new");
        assertThat(visible(By.cssSelector("#account-form-denied .alert")).getText())
                .isEqualTo("Only account managers and administrators create accounts.");
    }

    @Test
    void switchesToChineseWithoutLosingInputAndRemembersTheChoice() {
        signIn("am");
        WebElement search = visible(By.id("account-search-q"));
        search.sendKeys("Tanzania");
        chromium.click(browser.findElement(By.id("lang-zh")));

        wait.until(ExpectedConditions.textToBe(By.id("nav-accounts"), "客户"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.id("nav-logout")).getText()).isEqualTo("退出登录");
        assertThat(browser.findElement(By.id("account-create")).getText()).isEqualTo("新建客户");
        // How many pages depends on the accounts other tests made; the wording is what is checked.
        assertThat(browser.findElement(By.id("page-info")).getText()).matches("第 1 页，共 \\d+ 页");
        assertThat(valueOf("account-search-q")).isEqualTo("Tanzania");
        screenshot("account-list-zh");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("nav-accounts"), "客户"));
        chromium.click(browser.findElement(By.id("lang-en")));
        wait.until(ExpectedConditions.textToBe(By.id("nav-accounts"), "Accounts"));
    }

    @Test
    void speaksTheBrowsersLanguageUntilTheUserChoosesAnother() {
        open("zh-CN");
        browser.get(Api.base() + "login.html");
        wait.until(ExpectedConditions.textToBe(By.id("login-submit"), "登录"));
        chromium.click(browser.findElement(By.id("lang-en")));
        wait.until(ExpectedConditions.textToBe(By.id("login-submit"), "Sign in"));

        login("am", PASSWORD);
        wait.until(ExpectedConditions.attributeToBe(By.id("nav-user"), "data-username", "am"));
        assertThat(browser.findElement(By.id("nav-accounts")).getText()).isEqualTo("Accounts");
    }

    // ---- helpers ----

    private void open(String language) {
        chromium = chromiums.open(language);
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    private void login(String username, String password) {
        chromium.login(username, password);
    }

    /** An English browser, signed in as username, on the account list. */
    private void signIn(String username) {
        chromium = chromiums.signedIn(username);
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    private void click(WebElement element) {
        chromium.click(element);
    }

    private WebElement visible(By locator) {
        return chromium.visible(locator);
    }

    private List<String> accountNames() {
        return browser.findElements(By.cssSelector("[data-test=account-row] [data-test=account-link]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void waitForAccounts(Predicate<List<String>> expected) {
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "accounts listed: " + accountNames())
                .until(driver -> expected.test(accountNames()));
    }

    private String valueOf(String id) {
        return chromium.valueOf(id);
    }

    /** The text the detail view shows for field. */
    private String field(String name) {
        return browser.findElement(By.cssSelector("[data-test=account-" + name + "]")).getText();
    }

    private static long createAccount(String name) {
        Api.Answer created = Api.as("am").post("/api/accounts", """
                {"name": "%s", "country": "TZA", "agencyType": "AGENCY", "sectors": ["ROAD"]}
                """.formatted(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
