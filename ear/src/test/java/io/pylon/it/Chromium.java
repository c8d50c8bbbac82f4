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
import java.util.logging.Level;
import java.util.stream.Stream;
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
 * A headless Chromium of the system's packages, driven through its ChromeDriver, with the
 * sign-in, waits, clicks and screenshots the browser test classes share. Each instance has its
 * own empty profile, removed on {@link #close()}.
 */
final class Chromium implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    private static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    /** Why the browser tests cannot run here, or null when they can. */
    static String missing() {
        for (File binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!binary.canExecute()) {
                return (binary == CHROMIUM ? "Chromium" : "ChromeDriver") + " not found at " + binary
                        + ": install chromium and chromium-driver to run the browser tests";
            }
        }
        return null;
    }

    /** Skips the calling test, with the reason, where there is no browser. */
    static void require() {
        String missing = missing();
        assumeTrue(missing == null, missing);
    }

    /** A fresh browser speaking language. */
    Chromium(String language) {
        try {
            profile = Files.createTempDirectory("pylon-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        // With the driver executable given, Selenium Manager has nothing to look up or download.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
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

    /** Signed in as username, on the account list. */
    void signIn(String username) {
        driver.get(Api.base() + "login.html");
        login(username, Api.DEMO_PASSWORD);
        wait.until(ExpectedConditions.attributeToBe(By.id("nav-user"), "data-username", username));
        visible(By.id("accounts-table"));
    }

    /**
     * Clicks an element after scrolling it to the middle of the window at once: cards low on a
     * page sit below the fold, and Bootstrap makes scrolling smooth, which a click would race.
     */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Saves what the browser shows as name.png where the build says (browser.screenshots), else in target/. */
    void screenshot(String name) {
        Path directory = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After a failure: what the browser showed, and what its console said. */
    void keepEvidence(String name) {
        screenshot("failed-" + name);
        driver.manage().logs().get(LogType.BROWSER).getAll()
                .forEach(entry -> System.err.println("browser console: " + entry));
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
