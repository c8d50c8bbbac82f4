package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests of one feature, driven through the system's
 * ChromeDriver, with its own empty profile, and the steps every such test takes.
 */
final class Chromium implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    private static final File BINARY = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    final ChromeDriver browser;
    final WebDriverWait wait;
    private final Path profile;

    /** Why browser tests cannot run here, or null when they can. */
    static String missing() {
        for (File binary : List.of(BINARY, DRIVER)) {
            if (!binary.canExecute()) {
                return (binary == BINARY ? "Chromium" : "ChromeDriver") + " not found at " + binary
                        + ": install chromium and chromium-driver to run the browser tests";
            }
        }
        return null;
    }

    /** A fresh browser speaking language. */
    Chromium(String language) throws IOException {
        profile = Files.createTempDirectory("pylon-chromium-");
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
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build(),
                options);
        wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Signs in as username through the login page and waits for the account list. */
    void signIn(String username) {
        browser.get(Api.base() + "login.html");
        visible(By.id("login-username")).sendKeys(username);
        browser.findElement(By.id("login-password")).sendKeys(Api.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("nav-user"), "data-username", username));
        visible(By.id("accounts-table"));
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks after scrolling the element to the middle at once: Bootstrap's smooth scrolling races clicks. */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Sets a field's value as a date picker would, which typing cannot do in every locale. */
    void fill(WebElement field, String value) {
        script("arguments[0].value = arguments[1]", field, value);
    }

    String valueOf(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** Keeps what the browser shows as name.png where the build says (browser.screenshots), and what it logged. */
    void keepEvidence(String name) {
        Path directory = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        browser.manage().logs().get(LogType.BROWSER).getAll().forEach(entry -> System.err.println("browser console: " + entry));
    }

    private void script(String script, Object... arguments) {
        ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        assertThat(profile).doesNotExist();
    }
}
