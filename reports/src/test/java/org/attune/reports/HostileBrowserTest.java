package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.reports.internal.EpisodeViewJsonTest;
import org.attune.reports.internal.TestRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opens every page of a hostile run in Chromium: the payloads show as text and none of them runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileBrowserTest {
    private Path run;
    private ChromeDriver driver;

    @BeforeAll
    void setUp() {
        Chromium.assumeInstalled();
        run = TestRuns.fresh(Chromium.target().resolve("hostile-run"));
        SyntheticRun.write(run, SyntheticRun.Spec.hostileRun());
        Reports.writeAll(run, ReportOptions.defaults());
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void assertNothingRan(String page) {
        Object pwned = driver.executeScript("return window.__attunePwned === undefined ? null : window.__attunePwned;");
        assertThat(pwned).as("a payload ran on " + page).isNull();
        assertThat(Chromium.alertShown(driver)).as("alert on " + page).isFalse();
        assertThat(driver.findElements(By.cssSelector("img, iframe, object, embed, main svg:not([data-chart])")))
                .as("injected elements on " + page).isEmpty();
        assertThat(Chromium.severe(driver)).as("console errors on " + page).isEmpty();
    }

    /** An episode with a payload in every field: each shows in the page as text, none as an element or attribute. */
    @Test
    void everyFieldOfAnEpisodeIsDrawnAsText() throws IOException {
        Path one = TestRuns.fresh(Chromium.target().resolve("hostile-fields-run"));
        SyntheticRun.write(one, SyntheticRun.Spec.small());
        org.attune.evaluator.Episode evil = EpisodeViewJsonTest.hostile();
        Files.writeString(one.resolve(org.attune.evaluator.RunDirectory.EPISODES),
                org.attune.evaluator.RunDirectory.mapper().writeValueAsString(evil) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        Reports.writeAll(one, ReportOptions.defaults());
        Chromium.openEpisode(driver, one.resolve("report"), org.attune.reports.internal.PageNames.link(evil.key()));
        String text = (String) driver.executeScript("return document.getElementById('episode').textContent;");
        for (String field : List.of("key", "task", "item", "persona", "discovery", "agent", "question", "gold", "value",
                "user", "turn ", "thinking", "response ", "kind", "message", "at", "learner", "inferred", "because",
                "why", "x", "r", "edited ", "u", "reason")) {
            assertThat(text).as(field).contains(field + EpisodeViewJsonTest.EVIL);
        }
        Object handlers = driver.executeScript("return Array.prototype.filter.call(document.querySelectorAll('*'),"
                + " function (e) { return Array.prototype.some.call(e.attributes, function (a) {"
                + " return a.name.indexOf('on') === 0; }); }).length;");
        assertThat(((Number) handlers).intValue()).as("elements with event handler attributes").isZero();
        assertThat(driver.findElements(By.cssSelector(".diff ins, .diff del"))).isNotEmpty();
        assertNothingRan("the episode with a payload in every field");
    }

    /** A sibling link is only ever episode.html#<12 hex digits>: any other hash in the data shows as plain text. */
    @Test
    void siblingLinksAreOnlyEpisodeHashes() {
        org.attune.evaluator.Episode any = new org.attune.evaluator.RunDirectory(run).readEpisodes().get(0);
        Chromium.openEpisode(driver, run.resolve("report"), org.attune.reports.internal.PageNames.link(any.key()));
        Object links = driver.executeScript("var box = document.getElementById('episode');"
                + " box.textContent = ''; box.appendChild(window.attuneEpisode.draw({item: 'i', epoch: 1, cost: '0',"
                + " siblings: [{agent: 'a', condition: 'bad', epoch: 1, hash: 'javascript:window.__attunePwned=9'},"
                + " {agent: 'a', condition: 'long', epoch: 1, hash: '0123456789abc'},"
                + " {agent: 'a', condition: 'good', epoch: 1, hash: '0123456789ab'}]}, {}));"
                + " return Array.prototype.map.call(box.querySelectorAll('a[href^=\"episode\"], td a'),"
                + " function (a) { return a.textContent + ' ' + a.getAttribute('href'); });");
        assertThat(links).isEqualTo(List.of("good episode.html#0123456789ab"));
        assertThat(driver.findElement(By.id("episode")).getText()).contains("bad", "long");
        assertNothingRan("an episode drawn with forged sibling hashes");
    }

    @Test
    void everyPageShowsThePayloadsAsTextAndRunsNone() throws IOException {
        driver.get(run.resolve("report/index.html").toUri().toString());
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("evil<script>window.__attunePwned=6</script>");
        assertNothingRan("overview");

        driver.get(run.resolve("report/browser.html").toUri() + "#q=script");
        String rows = driver.findElement(By.id("rows")).getText();
        assertThat(rows).contains("item-001 <script>window.__attunePwned = 1</script>");
        assertNothingRan("browser");
        Chromium.screenshot(driver, "hostile-browser-1280", 1280);

        boolean shotTaken = false;
        for (org.attune.evaluator.Episode e : new org.attune.evaluator.RunDirectory(run).readEpisodes()) {
            Chromium.openEpisode(driver, run.resolve("report"), org.attune.reports.internal.PageNames.link(e.key()));
            String body = driver.findElement(By.tagName("body")).getText();
            if (body.contains("Final response")) {
                assertThat(body).contains("<img src=x onerror=\"window.__attunePwned = 2\">",
                        "{{ 7*7 }} {% if true %}TEMPLATE-RAN{% endif %} {# comment #}");
                if (!shotTaken) {
                    Chromium.screenshot(driver, "hostile-episode-1280", 1280);
                    shotTaken = true;
                }
            }
            assertNothingRan(e.key());
        }
        assertThat(shotTaken).isTrue();
    }
}
