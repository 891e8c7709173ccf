package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.internal.PageNames;
import org.attune.reports.internal.TestRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An agent label far wider than a phone, with no place to break (a model id or a path, say): the
 * sentences, legends and episode headings that name it wrap, so no page scrolls sideways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongLabelBrowserTest {
    private static final String LABEL = "org-team-model-" + "x".repeat(140);
    private Path run;
    private ChromeDriver driver;

    @BeforeAll
    void setUp() {
        Chromium.assumeInstalled();
        run = TestRuns.fresh(Chromium.target().resolve("long-label-run"));
        SyntheticRun.Spec small = SyntheticRun.Spec.small();
        SyntheticRun.write(run, new SyntheticRun.Spec(2, 2, 2, List.of("builtin:reference", LABEL),
                small.conditions(), 1, 5, false, 100));
        Reports.writeAll(run, ReportOptions.defaults());
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void assertFitsAt(String page, int width) {
        Chromium.viewport(driver, width, 900);
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as(page + " scrolls sideways at " + width + " px").isLessThanOrEqualTo(0);
        Object legends = driver.executeScript("return Array.prototype.filter.call(document.querySelectorAll('.legend'),"
                + " function (l) { return l.scrollWidth > l.clientWidth + 1; }).length;");
        assertThat(((Number) legends).intValue()).as(page + ": chart legends wider than their chart").isZero();
        Chromium.viewport(driver, 1280, 900);
    }

    @Test
    void overviewAndEpisodePagesWrapALongAgentLabel() {
        driver.get(run.resolve("report/index.html").toUri().toString());
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("body")).getText()).contains(LABEL);
        for (int width : new int[] {390, 1280}) {
            assertFitsAt("index.html", width);
        }
        Episode e = new RunDirectory(run).readEpisodes().stream().filter(x -> x.agent().equals(LABEL)).findFirst()
                .orElseThrow();
        Chromium.openEpisode(driver, run.resolve("report"), PageNames.link(e.key()));
        for (int width : new int[] {390, 1280}) {
            assertFitsAt("the episode page", width);
        }
        assertThat(Chromium.severe(driver)).isEmpty();
    }
}
