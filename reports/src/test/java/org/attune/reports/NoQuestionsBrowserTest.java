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
import org.attune.reports.internal.PageNames;
import org.attune.reports.internal.TestRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A discovery episode whose agent answered at once (builtin:plain does): its preferences read as
 * missed because the agent asked nothing, not because the condition had no dialogue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoQuestionsBrowserTest {
    private Path run;
    private String link;
    private ChromeDriver driver;

    @BeforeAll
    void setUp() throws IOException {
        Chromium.assumeInstalled();
        run = TestRuns.fresh(Chromium.target().resolve("no-questions-run"));
        SyntheticRun.write(run, SyntheticRun.Spec.small());
        Path journal = run.resolve("episodes.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size() && link == null; i++) {
            ObjectNode e = (ObjectNode) json.readTree(lines.get(i));
            if (e.get("condition").asText().equals("discovery") && e.get("error").isNull()) {
                e.putArray("turns");
                ObjectNode scores = (ObjectNode) e.get("scores");
                scores.put("questions", 0).put("recall", 0.0).putNull("precision");
                lines.set(i, json.writeValueAsString(e));
                link = PageNames.link(e.get("key").asText());
            }
        }
        Files.write(journal, lines, StandardCharsets.UTF_8);
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
    void preferencesMissedForLackOfQuestionsSaySo() {
        Chromium.openEpisode(driver, run.resolve("report"), link);
        String note = driver.findElement(By.xpath("//h2[.='Active preferences']/following-sibling::p[1]")).getText();
        assertThat(driver.findElements(By.cssSelector(".chip.missed"))).isNotEmpty();
        assertThat(note).doesNotContain("no dialogue").contains("asked no questions", "never asked about");
        assertThat(driver.findElement(By.id("episode")).getText()).contains("0 asked");
        assertThat(Chromium.severe(driver)).isEmpty();
    }
}
