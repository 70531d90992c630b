package vn.vanban.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver: both named outright, so that
 * Selenium Manager never looks for (or downloads) a browser or a driver. CI installs both
 * (.ci/run); a machine without them FAILS the browser tests, unless VANBAN_SKIP_BROWSER=1.
 */
final class Browser implements AutoCloseable {

    static final String SKIP_VARIABLE = "VANBAN_SKIP_BROWSER";
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("VANBAN_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("VANBAN_CHROMEDRIVER", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    final Path downloads;
    private final Path screenshots;

    private Browser(ChromeDriver driver, Path downloads, Path screenshots) {
        this.driver = driver;
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    static Browser start(Path work) {
        Assumptions.assumeFalse("1".equals(System.getenv(SKIP_VARIABLE)), SKIP_VARIABLE + "=1: the browser tests are skipped");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run installs them); set " + SKIP_VARIABLE
                    + "=1 to skip them instead.");
        }
        try {
            Path downloads = Files.createDirectories(work.resolve("tai-ve"));
            Path profile = Files.createDirectories(work.resolve("chromium-profile"));
            Path screenshots = Path.of(System.getProperty("vanban.screenshots", "target/screenshots"));
            Files.createDirectories(screenshots);
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-default-apps", "--user-data-dir=" + profile, "--window-size=1500,940", "--lang=vi");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "intl.accept_languages", "vi"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), downloads, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    <T> T await(String what, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).withMessage(what).until(condition);
    }

    /** A PNG of the window as it is, under target/screenshots/. */
    Path screenshot(String name) {
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
