package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.internal.PageNames;
import org.attune.reports.internal.TestRuns;
import org.attune.reports.internal.TokenDiff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A longitudinal run's pages from file://: each learner's edit drawn as a word diff, a round's page with its belief. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongitudinalBrowserTest {
    private static final String KEY = "summarize-passages|sp-3|p001|cipher-5|2";
    private Path run;
    private ChromeDriver driver;

    @BeforeAll
    void setUp() {
        Chromium.assumeInstalled();
        run = TestRuns.fresh(Chromium.target().resolve("longitudinal-run"));
        SyntheticLongitudinalRun.write(run, 12);
        Reports.writeAll(run, new ReportOptions(null, null, 2));
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void eachLearnersEditIsDrawnAsTheWordDiffOfItsRound() throws Exception {
        driver.get(run.resolve("report/longitudinal.html").toUri().toString());
        Episode cipher = new RunDirectory(run).readEpisodes().stream().filter(e -> e.key().equals(KEY)).findFirst()
                .orElseThrow();
        WebElement diff = driver.findElement(By.cssSelector("section[aria-label='cipher-5'] div.diff"));
        // the diff reads as the Java reference segments it: text for the same, ins and del elements for the changes
        List<List<String>> expected = TokenDiff.diff(cipher.response(), cipher.scores().edited()).stream()
                .map(s -> List.of(s.op().equals(TokenDiff.SAME) ? "#text" : s.op().toUpperCase(Locale.ROOT), s.text()))
                .toList();
        Object drawn = driver.executeScript("return Array.prototype.map.call(arguments[0].childNodes,"
                + " function (n) { return [n.nodeName, n.textContent]; });", diff);
        assertThat(drawn).isEqualTo(expected);
        assertThat(diff.findElements(By.cssSelector("ins, del"))).isNotEmpty();
        assertThat(Chromium.severe(driver)).isEmpty();
        Chromium.screenshot(driver, "longitudinal-1280", 1280);
    }

    @Test
    void aRoundsPageShowsWhatTheLearnerBelievedAndLinksBack() {
        Chromium.openEpisode(driver, run.resolve("report"), PageNames.link(KEY));
        String body = driver.findElement(By.id("episode")).getText();
        assertThat(body).contains("round 2", "What the learner believed", "headings=use; layout=prose",
                "The user's edit");
        WebElement back = driver.findElement(By.linkText("longitudinal page"));
        assertThat(back.getAttribute("href")).endsWith("/report/longitudinal.html");
        assertThat(driver.findElements(By.cssSelector(".diff ins, .diff del"))).isNotEmpty();
        assertThat(Chromium.severe(driver)).isEmpty();
    }
    /** Round pages list the pair's other rounds by round (their epoch is always 1), each row telling them apart. */
    @Test
    void theSameItemAndPersonaTableNamesEachRowsRound() {
        Chromium.openEpisode(driver, run.resolve("report"), PageNames.link(KEY));
        WebElement table = driver.findElement(By.xpath("//h2[.='Same item and persona']/following-sibling::div[1]//table"));
        List<String> heads = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertThat(heads).contains("Round").doesNotContain("Epoch");
        int col = heads.indexOf("Round");
        List<List<String>> rows = table.findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        List<Episode> pair = new RunDirectory(run).readEpisodes().stream()
                .filter(e -> e.item().equals("sp-3") && e.persona().equals("p001")).toList();
        assertThat(rows).hasSize(pair.size());
        assertThat(rows).filteredOn(r -> r.get(1).endsWith("(this page)")).singleElement()
                .satisfies(r -> assertThat(r.get(col)).isEqualTo("2"));
        assertThat(rows.stream().map(r -> r.get(0) + " " + r.get(col)).toList())
                .containsExactlyInAnyOrderElementsOf(pair.stream().map(e -> e.agent() + " " + e.round()).toList());
        List<Integer> firstAgentsRounds = rows.stream().filter(r -> r.get(0).equals(rows.get(0).get(0)))
                .map(r -> Integer.parseInt(r.get(col))).toList();
        assertThat(firstAgentsRounds).as("a learner's rounds, oldest first").isSorted();
    }
    /** The episode browser of a longitudinal run tells a learner's rounds of one item apart by their round. */
    @Test
    void theEpisodeBrowserShowsEachRowsRound() {
        driver.get(run.resolve("report/browser.html").toUri() + "#agent=none&persona=p001&q=sp-3");
        driver.navigate().refresh();
        List<String> heads = driver.findElements(By.cssSelector("#episodes thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(heads).contains("Round").doesNotContain("Epoch");
        int col = heads.indexOf("Round");
        List<String> rounds = driver.findElements(By.cssSelector("#rows tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).get(col).getText()).toList();
        List<String> expected = new RunDirectory(run).readEpisodes().stream().filter(e -> e.agent().equals("none")
                && e.persona().equals("p001") && e.item().equals("sp-3")).map(e -> String.valueOf(e.round())).toList();
        assertThat(rounds).hasSizeGreaterThan(1).containsExactlyElementsOf(expected.stream()
                .sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList());
        assertThat(Chromium.severe(driver)).isEmpty();
    }
}
