package io.migrations.testbrowser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through Selenium, with a fresh profile, for one test class. Uses the system's Chromium and
 * chromedriver (Debian: {@code apt-get install chromium chromium-driver}), never downloads a browser, and fails with
 * that advice when they are missing: browser tests never skip.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.driver().get(url);
 *     browser.screenshot("ConsoleIT-loads");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    /** Environment variables naming another Chromium and chromedriver than Debian's. */
    public static final String CHROMIUM_VARIABLE = "MIGRATIONS_TEST_CHROMIUM";
    public static final String CHROMEDRIVER_VARIABLE = "MIGRATIONS_TEST_CHROMEDRIVER";

    /** Without the background-networking flags Chromium stalls on a machine without internet access. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1400,1000");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    private Browser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** Starts a browser; screenshots go to {@code target/browser-screenshots}. */
    public static Browser start() {
        Path chromium = executable(CHROMIUM_VARIABLE, "/usr/bin/chromium");
        Path chromedriver = executable(CHROMEDRIVER_VARIABLE, "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile, Path.of("target", "browser-screenshots"));
    }

    private static Path executable(String variable, String debianPath) {
        String given = System.getenv(variable);
        Path path = Path.of(given != null && !given.isBlank() ? given : debianPath);
        if (!Files.isExecutable(path)) {
            Assertions.fail("The browser tests need Chromium and chromedriver, and " + path + " is missing. Install them "
                    + "with 'apt-get install chromium chromium-driver' (Debian, Ubuntu; .ci/run does it), or point "
                    + CHROMIUM_VARIABLE + " and " + CHROMEDRIVER_VARIABLE + " at a Chromium and its matching driver.");
        }
        return path;
    }

    /** The Selenium driver. */
    public WebDriver driver() {
        return driver;
    }

    /** The Chromium driver, for what only Chromium offers (network conditions, DevTools). */
    public ChromeDriver chrome() {
        return driver;
    }

    /** Waits up to 15 s until {@code condition} gives something other than null or false. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Saves what the page shows to {@code target/browser-screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save a screenshot to " + screenshots, e);
        }
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** Quits the browser and removes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
