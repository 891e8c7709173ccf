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
import org.attune.reports.internal.TestRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A response written in Markdown, as models write them, shows rendered on its episode page, with a raw view. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkdownBrowserTest {
    /** The shape of a typical chat-model answer, with a hostile link, image and raw HTML mixed in. */
    static final String RESPONSE = """
            ## Working it out

            Great **question**! Here is the plan:

            1. Add the *two* amounts.
            2. Divide by `3`.

            - first point
            - second point

            See [the notes](https://example.org/notes), [this](javascript:window.__attunePwned=7) \
            and ![chart](https://example.org/c.png).

            <b onmouseover="window.__attunePwned=8">raw html</b>

            The answer is **42**.""";

    /** A GitHub-style table, with a cell far wider than a phone and one holding raw HTML. */
    static final String TABLE = "| Step | Amount |\n|---|---:|\n| add | **12** |\n| " + "w".repeat(300)
            + " | 3 |\n| <b onmouseover=\"window.__attunePwned=9\">bold?</b> | 4 |";

    private static final String CARD = "//h2[.='Final response']/following-sibling::div[1]";
    private static final String MD = CARD + "/div[@class='md']";
    private Path run;
    private String link;
    private String tableLink;
    private ChromeDriver driver;

    @BeforeAll
    void setUp() throws IOException {
        Chromium.assumeInstalled();
        run = TestRuns.fresh(Chromium.target().resolve("markdown-run"));
        SyntheticRun.write(run, SyntheticRun.Spec.small());
        Path journal = run.resolve("episodes.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        ObjectNode first = (ObjectNode) json.readTree(lines.get(0));
        first.put("response", RESPONSE);
        lines.set(0, json.writeValueAsString(first));
        ObjectNode second = (ObjectNode) json.readTree(lines.get(1));
        second.put("response", TABLE);
        lines.set(1, json.writeValueAsString(second));
        Files.write(journal, lines, StandardCharsets.UTF_8);
        Reports.writeAll(run, ReportOptions.defaults());
        link = org.attune.reports.internal.PageNames.link(first.get("key").asText());
        tableLink = org.attune.reports.internal.PageNames.link(second.get("key").asText());
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theResponseIsRenderedAndTheRawToggleShowsTheText() throws IOException {
        Chromium.openEpisode(driver, run.resolve("report"), link);
        assertThat(driver.findElement(By.xpath(MD + "/h2")).getText()).isEqualTo("Working it out");
        assertThat(driver.findElements(By.xpath(MD + "//strong")).stream().map(e -> e.getText()).toList())
                .contains("question", "42");
        assertThat(driver.findElements(By.xpath(MD + "/ol/li"))).hasSize(2);
        assertThat(driver.findElements(By.xpath(MD + "/ul/li"))).hasSize(2);
        assertThat(driver.findElements(By.xpath(MD + "//a")).stream().map(a -> a.getAttribute("href")).toList())
                .containsExactly("https://example.org/notes", "https://example.org/c.png");
        assertThat(driver.findElements(By.cssSelector("img, a[href^='javascript'], b[onmouseover]"))).isEmpty();
        String card = driver.findElement(By.xpath(CARD)).getText();
        assertThat(card).contains("<b onmouseover=\"window.__attunePwned=8\">raw html</b>", "Great question!")
                .doesNotContain("**question**", "## Working");
        Chromium.screenshot(driver, "markdown-episode-1280", 1280);

        driver.findElement(By.cssSelector("label[for='raw-toggle']")).click();
        card = driver.findElement(By.xpath(CARD)).getText();
        assertThat(card).contains("Great **question**! Here is the plan:", "## Working it out");
        assertThat(driver.findElement(By.xpath(MD + "/h2")).isDisplayed()).isFalse();

        Object pwned = driver.executeScript("return window.__attunePwned === undefined ? null : window.__attunePwned;");
        assertThat(pwned).isNull();
        assertThat(Chromium.alertShown(driver)).isFalse();
        assertThat(Chromium.severe(driver)).isEmpty();
    }

    @Test
    void theWordDiffStillMarksInsertionsAndDeletions() {
        Chromium.openEpisode(driver, run.resolve("report"), link);
        assertThat(driver.findElements(By.cssSelector(".diff ins, .diff del"))).isNotEmpty();
    }
    /** A pipe table shows as a table; a cell too wide for the screen scrolls inside the card, not the page. */
    @Test
    void aPipeTableShowsAsATableThatScrollsInsideItsCard() {
        Chromium.openEpisode(driver, run.resolve("report"), tableLink);
        assertThat(driver.findElements(By.xpath(MD + "//table//th")).stream().map(e -> e.getText()).toList())
                .containsExactly("Step", "Amount");
        assertThat(driver.findElements(By.xpath(MD + "//table/tbody/tr"))).hasSize(3);
        assertThat(driver.findElement(By.xpath(MD + "//table")).getText())
                .contains("<b onmouseover=\"window.__attunePwned=9\">bold?</b>").doesNotContain("|---|");
        assertThat(driver.findElements(By.cssSelector("b[onmouseover]"))).isEmpty();
        for (int width : new int[] {390, 1280}) {
            Chromium.viewport(driver, width, 900);
            Number overflow = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("page scrolls sideways at " + width + " px").isLessThanOrEqualTo(0);
        }
        Object pwned = driver.executeScript("return window.__attunePwned === undefined ? null : window.__attunePwned;");
        assertThat(pwned).isNull();
        assertThat(Chromium.severe(driver)).isEmpty();
    }
}
