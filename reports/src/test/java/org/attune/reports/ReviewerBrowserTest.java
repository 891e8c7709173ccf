package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.evaluator.Episode;
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
 * What a reviewer met reading real reports in Chromium, each on a run of its own: a label too long
 * for the screen, a link to an episode a small report does not hold, a discovery episode whose agent
 * asked nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewerBrowserTest {
    private static final String LABEL = "org-team-model-" + "x".repeat(140);
    private ChromeDriver driver;

    @BeforeAll
    void setUp() {
        Chromium.assumeInstalled();
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Path run(String name, SyntheticRun.Spec spec) {
        Path run = TestRuns.fresh(Chromium.target().resolve(name));
        SyntheticRun.write(run, spec);
        return run;
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

    /** An agent label with no place to break (a model id or a path): what names it wraps, no page scrolls sideways. */
    @Test
    void overviewAndEpisodePagesWrapALongAgentLabel() {
        Path run = run("long-label-run", new SyntheticRun.Spec(2, 2, 2, List.of("builtin:reference", LABEL),
                List.of("generic", "discovery", "oracle"), 1, 5, false, 100));
        Reports.writeAll(run, ReportOptions.defaults());
        driver.get(run.resolve("report/index.html").toUri().toString());
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(LABEL);
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

    /** A small report holds a few hash prefixes only: a link to an episode it lacks says so under any prefix. */
    @Test
    void anUnknownHashUnderAnyPrefixSaysTheReportHasNoSuchEpisode() {
        Path run = run("not-found-run", new SyntheticRun.Spec(1, 1, 1, List.of("builtin:reference"),
                List.of("generic", "discovery", "oracle"), 1, 3, false, 100));
        Reports.writeAll(run, ReportOptions.defaults());
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

    /** builtin:plain answers discovery at once: its preferences are missed for lack of questions, not of dialogue. */
    @Test
    void preferencesMissedForLackOfQuestionsSaySo() throws IOException {
        Path run = run("no-questions-run", SyntheticRun.Spec.small());
        Path journal = run.resolve("episodes.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        String link = null;
        for (int i = 0; i < lines.size() && link == null; i++) {
            ObjectNode e = (ObjectNode) json.readTree(lines.get(i));
            if (e.get("condition").asText().equals("discovery") && e.get("error").isNull()) {
                e.putArray("turns");
                ((ObjectNode) e.get("scores")).put("questions", 0).put("recall", 0.0).putNull("precision");
                lines.set(i, json.writeValueAsString(e));
                link = PageNames.link(e.get("key").asText());
            }
        }
        Files.write(journal, lines, StandardCharsets.UTF_8);
        Reports.writeAll(run, ReportOptions.defaults());
        Chromium.openEpisode(driver, run.resolve("report"), link);
        String note = driver.findElement(By.xpath("//h2[.='Active preferences']/following-sibling::p[1]")).getText();
        assertThat(driver.findElements(By.cssSelector(".chip.missed"))).isNotEmpty();
        assertThat(note).doesNotContain("no dialogue").contains("asked no questions", "never asked about");
        assertThat(driver.findElement(By.id("episode")).getText()).contains("0 asked");
        assertThat(Chromium.severe(driver)).isEmpty();
    }
}
