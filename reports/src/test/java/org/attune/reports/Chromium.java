package org.attune.reports;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven through its own chromedriver, so Selenium Manager never downloads
 * anything. Tests skip when Chromium is not installed, unless CI=true, where its absence fails them.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static void assumeInstalled() {
        boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + BINARY + " or " + DRIVER + " is missing");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed at " + BINARY);
    }

    static ChromeDriver start(int width, int height) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }

    /** Console messages at SEVERE since the last call. */
    /** Whether a page opened an alert, confirm or prompt dialog. */
    static boolean alertShown(ChromeDriver driver) {
        try {
            driver.switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            return false;
        }
    }

    static List<String> severe(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Sets the viewport size exactly (window size includes browser chrome in some versions). */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The module's build output folder (surefire runs tests in the module directory). */
    /**
     * Opens an episode by its report link and waits (up to 2 s, the acceptance bound) until the page
     * has drawn it from the shards; returns the milliseconds that took from the navigation.
     */
    static double openEpisode(ChromeDriver driver, Path report, String link) {
        int at = link.indexOf('#');
        String hash = link.substring(at + 1);
        long t0 = System.nanoTime();
        driver.get(report.resolve(link.substring(0, at)).toUri() + link.substring(at));
        awaitEpisode(driver, hash);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Waits until episode.html shows the episode of {@code hash}. */
    static void awaitEpisode(ChromeDriver driver, String hash) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(2)).until(d ->
                hash.equals(d.findElement(org.openqa.selenium.By.id("episode")).getAttribute("data-hash")));
    }

    static Path target() {
        return Path.of(System.getProperty("basedir", ".")).resolve("target");
    }

    /** Saves a screenshot of the whole page (up to 8,000 px tall) at the given viewport width. */
    static Path screenshot(ChromeDriver driver, String name, int width) throws java.io.IOException {
        viewport(driver, width, 900);
        Number h = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        viewport(driver, width, Math.min(8000, Math.max(600, h.intValue())));
        Path out = target().resolve("screenshots").resolve(name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        viewport(driver, width, 900);
        return out;
    }

    /** Milliseconds from navigation start to the end of the load event of the current page. */
    static double loadMillis(ChromeDriver driver) {
        Number n = (Number) driver.executeScript(
                "var e = performance.getEntriesByType('navigation')[0]; return e ? e.loadEventEnd : -1;");
        return n.doubleValue();
    }
}
