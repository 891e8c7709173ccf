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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The report in real headless Chromium from file://: content, interactions, console, screenshots. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private Path run;
    private List<Episode> episodes;
    private ChromeDriver driver;

    @BeforeAll
    void setUp() {
        Chromium.assumeInstalled();
        run = TestRuns.fresh(Chromium.target().resolve("browser-run"));
        Path baseline = TestRuns.fresh(Chromium.target().resolve("browser-baseline-run"));
        SyntheticRun.write(run, SyntheticRun.Spec.small());
        SyntheticRun.write(baseline, SyntheticRun.Spec.small().withSeed(21));
        Reports.writeAll(run, new ReportOptions(baseline, 3.0));
        episodes = new RunDirectory(run).readEpisodes();
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String page) {
        int hash = page.indexOf('#');
        String file = hash < 0 ? page : page.substring(0, hash);
        driver.get(run.resolve("report").resolve(file).toUri() + (hash < 0 ? "" : page.substring(hash)));
    }

    @Test
    void overviewShowsLeaderboardChartsAndSorts() throws Exception {
        open("index.html");
        String body = driver.findElement(By.tagName("body")).getText();
        assertThat(body).contains("Leaderboard", "Best personalized alignment", "builtin:reference", "By attribute");
        assertThat(driver.findElements(By.cssSelector("svg[data-chart]"))).hasSizeGreaterThanOrEqualTo(3);
        WebElement header = driver.findElement(By.xpath("//table[@id='leaderboard-table']//th[.='Alignment']"));
        header.click();
        List<Double> values = driver.findElements(By.cssSelector("#leaderboard-table tbody tr td:nth-child(3)"))
                .stream().map(td -> Double.parseDouble(td.getAttribute("data-v"))).toList();
        assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(Chromium.severe(driver)).isEmpty();
        System.out.println("overview load ms: " + Chromium.loadMillis(driver));
        Chromium.screenshot(driver, "overview-1280", 1280);
        Chromium.screenshot(driver, "overview-narrow-390", 390);
        assertNoSidewaysScroll();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(driver.executeScript("return getComputedStyle(document.querySelector('header nav')).display;"))
                .as("navigation is left out of print").isEqualTo("none");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }

    /** At 390 px, wide tables scroll inside their frames; the page itself never scrolls sideways. */
    private void assertNoSidewaysScroll() {
        Chromium.viewport(driver, 390, 900);
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Chromium.viewport(driver, 1280, 900);
        assertThat(overflow.intValue()).as("no page-wide horizontal scroll at 390 px").isLessThanOrEqualTo(0);
    }

    @Test
    void comparePageOpensWithoutErrors() throws Exception {
        open("compare.html");
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("Compared with a baseline", "By agent · condition", "Episodes that moved most");
        assertThat(driver.findElements(By.cssSelector("#compare-moved tbody tr"))).isNotEmpty();
        assertThat(Chromium.severe(driver)).isEmpty();
        Chromium.screenshot(driver, "compare-1280", 1280);
        assertNoSidewaysScroll();
        WebElement moved = driver.findElement(By.cssSelector("#compare-moved tbody tr td a"));
        String link = moved.getAttribute("href");
        moved.click();
        Chromium.awaitEpisode(driver, link.substring(link.indexOf('#') + 1));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Same item and persona");
    }

    @Test
    void browserFiltersSearchesAndPages() throws Exception {
        open("browser.html");
        List<WebElement> rows = driver.findElements(By.cssSelector("#rows tr"));
        assertThat(rows).hasSize(Math.min(50, episodes.size()));
        assertThat(driver.findElement(By.id("count")).getText()).contains("of " + episodes.size() + " matching");
        new Select(driver.findElement(By.id("f-condition"))).selectByVisibleText("discovery");
        new Select(driver.findElement(By.id("f-agent"))).selectByVisibleText("builtin:plain");
        long expected = episodes.stream().filter(e -> e.condition().equals("discovery")
                && e.agent().equals("builtin:plain")).count();
        assertThat(driver.findElement(By.id("count")).getText()).contains("of " + expected + " matching");
        for (WebElement tr : driver.findElements(By.cssSelector("#rows tr"))) {
            assertThat(tr.findElement(By.cssSelector("td:nth-child(4)")).getText()).isEqualTo("builtin:plain");
        }
        assertThat(driver.getCurrentUrl()).contains("#agent=builtin%3Aplain&condition=discovery");
        driver.findElement(By.id("reset")).click();
        driver.findElement(By.id("f-q")).sendKeys("item-002");
        Thread.sleep(400);
        long matching = episodes.stream().filter(e -> e.item().equals("item-002")).count();
        assertThat(driver.findElement(By.id("count")).getText()).contains("of " + matching + " matching");
        driver.findElement(By.id("reset")).click();
        driver.findElement(By.id("f-worse")).click();
        for (WebElement tr : driver.findElements(By.cssSelector("#rows tr"))) {
            assertThat(tr.getText()).contains("worse than generic");
        }
        driver.findElement(By.id("reset")).click();
        driver.findElement(By.id("next")).click();
        assertThat(driver.findElement(By.id("page")).getText()).startsWith("Page 2 of");
        assertThat(Chromium.severe(driver)).isEmpty();
        open("browser.html#agent=builtin%3Areference&condition=oracle");
        driver.navigate().refresh();
        long oracle = episodes.stream().filter(e -> e.condition().equals("oracle")
                && e.agent().equals("builtin:reference")).count();
        assertThat(driver.findElement(By.id("count")).getText()).contains("of " + oracle + " matching");
        Chromium.screenshot(driver, "browser-1280", 1280);
        Chromium.screenshot(driver, "browser-narrow-390", 390);
        assertNoSidewaysScroll();
        WebElement first = driver.findElement(By.cssSelector("#rows tr td a"));
        String link = first.getAttribute("href");
        first.click();
        Chromium.awaitEpisode(driver, link.substring(link.indexOf('#') + 1));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("item-");
        assertThat(Chromium.severe(driver)).isEmpty();
    }

    /** Reset puts the rows back in run order, so no header may still show a sort arrow. */
    @Test
    void resetClearsTheSortArrowWithTheSort() {
        open("browser.html");
        driver.navigate().refresh();
        String firstInRunOrder = driver.findElement(By.cssSelector("#rows tr td a")).getAttribute("href");
        WebElement alignment = driver.findElement(By.cssSelector("th[data-field=alignment]"));
        alignment.click();
        assertThat(alignment.getAttribute("aria-sort")).isEqualTo("descending");
        driver.findElement(By.id("reset")).click();
        assertThat(driver.findElement(By.cssSelector("#rows tr td a")).getAttribute("href")).isEqualTo(firstInRunOrder);
        assertThat(driver.findElements(By.cssSelector("#episodes th[aria-sort]"))).as("headers still marked sorted")
                .isEmpty();
        assertThat(Chromium.severe(driver)).isEmpty();
    }

    /** Sortable headers keep the explanation the page wrote into their tooltip (which agent a condition column is of). */
    @Test
    void sortableHeadersKeepTheirOwnTooltips() {
        open("index.html");
        WebElement worse = driver.findElement(By.xpath("//table[@id='leaderboard-table']//th[.='Worse than generic']"));
        assertThat(worse.getAttribute("title")).startsWith("Share of item–persona pairs aligned worse");
        List<String> columns = driver.findElements(By.cssSelector("#task-table th[data-col]")).stream()
                .skip(1).map(th -> th.getAttribute("title")).toList();
        assertThat(columns).isNotEmpty().allSatisfy(t -> assertThat(t).matches("builtin:\\w+ · \\w+.*"));
        assertThat(driver.findElement(By.xpath("//table[@id='leaderboard-table']//th[.='Agent']")).getAttribute("title"))
                .isEqualTo("Sort by this column");
    }

    /**
     * Violated and Either are shares of every episode where the attribute was active, Missed only of the
     * discovery ones, so Either can read below Missed: the headers say what each is a share of.
     */
    @Test
    void attributeSharesNameWhatTheyAreSharesOf() {
        open("index.html");
        List<List<String>> rows = driver.findElements(By.cssSelector("#attribute-table tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("data-v")).toList())
                .toList();
        assertThat(rows).as("a row whose Either reads below its Missed")
                .anyMatch(r -> !r.get(4).isEmpty() && Double.parseDouble(r.get(5)) < Double.parseDouble(r.get(4)));
        java.util.function.Function<String, String> title = name -> driver.findElement(
                By.xpath("//table[@id='attribute-table']//th[.='" + name + "']")).getAttribute("title");
        assertThat(title.apply("Active in")).contains("Episodes", "every condition");
        assertThat(title.apply("Violated")).contains("of the episodes where it was active");
        assertThat(title.apply("Missed")).contains("of the discovery episodes where it was active");
        assertThat(title.apply("Either")).contains("of the episodes where it was active", "below Missed");
    }

    /** A link with other filters opened on the open browser (only the hash changes) shows those filters, not the old ones. */
    @Test
    void aChangedHashOnTheOpenBrowserAppliesItsFilters() {
        driver.get("about:blank");
        open("browser.html#condition=oracle");
        long oracle = episodes.stream().filter(e -> e.condition().equals("oracle")).count();
        assertThat(driver.findElement(By.id("count")).getText()).contains("of " + oracle + " matching");
        String persona = episodes.get(0).persona();
        open("browser.html#persona=" + persona);
        long mine = episodes.stream().filter(e -> e.persona().equals(persona)).count();
        assertThat(driver.findElement(By.id("count")).getText()).contains("of " + mine + " matching");
        assertThat(new Select(driver.findElement(By.id("f-condition"))).getFirstSelectedOption().getText())
                .isEqualTo("all");
        assertThat(driver.getCurrentUrl()).endsWith("#persona=" + persona);
        assertThat(Chromium.severe(driver)).isEmpty();
    }

    @Test
    void episodePageShowsDialogueScoresDiffAndSiblings() throws Exception {
        Episode e = episodes.stream().filter(x -> x.condition().equals("discovery") && !x.failed()
                && x.scores().editCost() > 0 && x.scores().questions() > 1).findFirst().orElseThrow();
        double ms = Chromium.openEpisode(driver, run.resolve("report"), PageNames.link(e.key()));
        System.out.println("episode page drawn from its shard in " + ms + " ms");
        String body = driver.findElement(By.tagName("body")).getText();
        assertThat(body).contains("Active preferences", "Transcript", "Criterion scores", "The user's edit",
                "Same item and persona", e.item(), e.persona());
        assertThat(driver.findElements(By.cssSelector(".diff ins, .diff del"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".chip.asked, .chip.missed"))).isNotEmpty();
        assertThat(Chromium.severe(driver)).isEmpty();
        Chromium.screenshot(driver, "episode-1280", 1280);
        Chromium.screenshot(driver, "episode-narrow-390", 390);
        assertNoSidewaysScroll();
        WebElement oracle = driver.findElement(By.xpath("//h2[.='Same item and persona']/following::a[.='oracle'][1]"));
        String sibling = oracle.getAttribute("href");
        oracle.click();
        Chromium.awaitEpisode(driver, sibling.substring(sibling.indexOf('#') + 1));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(e.item()).contains("oracle (this page)");
        assertThat(Chromium.severe(driver)).isEmpty();
    }

    @Test
    void anUnknownOrMalformedEpisodeLinkSaysSoAsText() {
        for (String hash : java.util.List.of("000000000000", "%3Cimg%20src%3Dx%3E")) {
            open("episode.html#" + hash);
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(2))
                    .until(d -> d.findElement(By.cssSelector("#episode p.warning")).isDisplayed());
            String text = driver.findElement(By.id("episode")).getText();
            assertThat(text).satisfiesAnyOf(t -> assertThat(t).contains("no episode 000000000000 in this report"),
                    t -> assertThat(t).contains("No episode is named in this link"));
            assertThat(driver.findElements(By.cssSelector("#episode img"))).isEmpty();
        }
    }
}
