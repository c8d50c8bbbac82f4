package io.pylon.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for a browser test class, driven through the system's ChromeDriver, as a JUnit extension
 * ({@code @RegisterExtension}): skips each test with the reason where Chromium or its driver is missing, keeps a
 * screenshot and the console of a failed test, and closes the browser and its profile after each test; in
 * between, the steps every browser test takes. BrowserIT predates it and has the same steps inline.
 */
final class Chromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final File BINARY = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @Override
    public void beforeEach(ExtensionContext context) {
        String missing = List.of(BINARY, DRIVER).stream().filter(binary -> !binary.canExecute()).findFirst()
                .map(binary -> binary + " not found: install chromium and chromium-driver to run the browser tests")
                .orElse(null);
        assumeTrue(missing == null, missing);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isPresent() && driver != null) {
            Path directory = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), directory.resolve("failed-" + context.getRequiredTestMethod().getName() + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
            driver.manage().logs().get(LogType.BROWSER).getAll().forEach(line -> System.err.println("browser console: " + line));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            profile = null;
        }
    }

    /** An English browser with an empty profile, signed in as username, on the account list. */
    WebDriver signIn(String username) throws IOException {
        profile = Files.createTempDirectory("pylon-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        // With the driver given, Selenium Manager has nothing to look up or download.
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort()
                .build(), options);
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(Api.base() + "login.html");
        visible(By.id("login-username")).sendKeys(username);
        driver.findElement(By.id("login-password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("nav-user"), "data-username", username));
        visible(By.id("accounts-table"));
        return driver;
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Clicks after scrolling the element to the middle at once: Bootstrap's smooth scrolling races a click. */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Sets a field's value as a date picker would, which typing cannot do in every locale. */
    void fill(WebElement field, String value) {
        script("arguments[0].value = arguments[1]", field, value);
    }

    /** What the form field with this id holds now, typed or filled in. */
    String valueOf(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    private void script(String script, Object... arguments) {
        ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
