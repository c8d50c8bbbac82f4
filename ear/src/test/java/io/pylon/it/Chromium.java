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
import org.openqa.selenium.ElementClickInterceptedException;
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
 * A headless Chromium for the browser test classes, driven through the system's ChromeDriver:
 * a fresh profile per browser, sign-in, clicks that do not race smooth scrolling, screenshots.
 */
final class Chromium implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    private static final File BINARY = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Chromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class);
    }

    /** Why the browser tests cannot run here, or null when they can. */
    static String missing() {
        for (File binary : List.of(BINARY, DRIVER)) {
            if (!binary.canExecute()) {
                return (binary == BINARY ? "Chromium" : "ChromeDriver") + " not found at " + binary
                        + ": install chromium and chromium-driver to run the browser tests";
            }
        }
        return null;
    }

    /**
     * The browser of one test at a time, as a test class registers it ({@code @RegisterExtension}):
     * skips each test, saying why, where there is no Chromium; on a failure keeps what the browser
     * showed and said while it is still open; closes it after the test.
     */
    static final class PerTest implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

        private Chromium current;

        Chromium open(String language) {
            current = Chromium.open(language);
            return current;
        }

        Chromium signedIn(String username) {
            current = Chromium.signedIn(username);
            return current;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            String missing = missing();
            assumeTrue(missing == null, missing);
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isPresent() && current != null) {
                current.screenshot("failed-" + context.getRequiredTestMethod().getName());
                current.driver.manage().logs().get(LogType.BROWSER).getAll()
                        .forEach(entry -> System.err.println("browser console: " + entry));
            }
        }

        @Override
        public void afterEach(ExtensionContext context) throws IOException {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    /** A fresh headless Chromium with its own empty profile, speaking language. */
    static Chromium open(String language) {
        Path profile;
        try {
            profile = Files.createTempDirectory("pylon-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        // With the driver executable given, Selenium Manager has nothing to look up or download.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    /** An English browser, signed in as username, on the account list. */
    static Chromium signedIn(String username) {
        Chromium chromium = open("en-US");
        chromium.driver.get(Api.base() + "login.html");
        chromium.login(username, Api.DEMO_PASSWORD);
        chromium.wait.until(ExpectedConditions.attributeToBe(By.id("nav-user"), "data-username", username));
        chromium.visible(By.id("accounts-table"));
        return chromium;
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    void login(String username, String password) {
        WebElement user = visible(By.id("login-username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    /**
     * Clicks an element after scrolling it to the middle of the window at once: cards low on a
     * page sit below the fold, and Bootstrap makes scrolling smooth, which a click would race.
     */
    /**
     * Scrolls the element to the middle of the window and clicks it, scrolling again when the page moved it in
     * between (a view still laying out as it renders), as a person would look again before clicking.
     */
    void click(WebElement element) {
        wait.until(browser -> {
            ((JavascriptExecutor) browser).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
            element.click();
            return true;
        });
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Sets a field's value as a date picker would, which typing cannot do in every locale. */
    void fill(WebElement field, String value) {
        ((JavascriptExecutor) driver).executeScript("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                arguments[0].dispatchEvent(new Event('change', {bubbles: true}));""", field, value);
    }

    /** What the form field with this id holds now, typed or filled in. */
    String valueOf(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /**
     * What a link answers when the page fetches it with the signed-in session: its status, content type and first
     * five bytes, such as "200 application/pdf %PDF-".
     */
    Object fetched(WebElement link) {
        return ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type')
                    + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))));""", link.getDomProperty("href"));
    }

    /** Saves what the browser shows as name.png where the build says (browser.screenshots), else in target/. */
    void screenshot(String name) {
        Path directory = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
