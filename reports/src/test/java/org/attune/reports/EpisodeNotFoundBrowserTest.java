package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.internal.PageNames;
import org.attune.reports.internal.TestRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A small report holds episodes under a few hash prefixes only: a link to an episode it does not
 * hold says so, whatever its prefix, and never reads as a broken report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EpisodeNotFoundBrowserTest {
    private Path run;
    private ChromeDriver driver;

    @BeforeAll
    void setUp() {
        Chromium.assumeInstalled();
        run = TestRuns.fresh(Chromium.target().resolve("not-found-run"));
        SyntheticRun.write(run, new SyntheticRun.Spec(1, 1, 1, List.of("builtin:reference"),
                List.of("generic", "discovery", "oracle"), 1, 3, false, 100));
        Reports.writeAll(run, ReportOptions.defaults());
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anUnknownHashUnderAnyPrefixSaysTheReportHasNoSuchEpisode() {
        Set<Character> held = new RunDirectory(run).readEpisodes().stream()
                .map(e -> PageNames.hash(e.key()).charAt(0)).collect(Collectors.toSet());
        assertThat(held).hasSizeLessThan(16);
        for (char c : "0123456789abcdef".toCharArray()) {
            String hash = c + "00000000000";
            driver.get("about:blank"); // a fresh load each time, not a hash change on the same page
            driver.get(run.resolve("report/episode.html").toUri() + "#" + hash);
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(2))
                    .until(d -> d.findElement(By.cssSelector("#episode p.warning")).isDisplayed());
            assertThat(driver.findElement(By.id("episode")).getText()).as("prefix " + c + (held.contains(c)
                    ? " (held)" : " (not held)")).isEqualTo("This episode cannot be shown: no episode " + hash
                    + " in this report.");
            assertThat(Chromium.severe(driver)).as("console on prefix " + c).isEmpty();
        }
    }
}
