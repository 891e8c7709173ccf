package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.internal.PageNames;
import org.attune.reports.internal.TestRuns;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The 20,000-episode figures: overview under 5 MB that loads in under 2 s in headless Chromium,
 * and no single file of the report growing with the run. Slow (about a minute), so it runs only with
 * {@code -Dattune.bench=true}; it prints what it measured.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "attune.bench", matches = "true")
class LargeRunBenchmarkTest {
    private static final long MB = 1024 * 1024;

    @Test
    void twentyThousandEpisodes() throws IOException {
        Chromium.assumeInstalled();
        Path run = TestRuns.fresh(Chromium.target().resolve("bench-run"));
        long t0 = System.nanoTime();
        SyntheticRun.write(run, SyntheticRun.Spec.large());
        long t1 = System.nanoTime();
        Reports.writeAll(run, new ReportOptions(null, 3.0));
        long t2 = System.nanoTime();
        List<Episode> episodes = new RunDirectory(run).readEpisodes();
        assertThat(episodes.size()).isGreaterThanOrEqualTo(20_000);

        Path report = run.resolve("report");
        long overview = Files.size(report.resolve("index.html"));
        long browser = Files.size(report.resolve("browser.html"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(report)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        long total = 0;
        Path largest = null;
        long largestSize = 0;
        long episodeBytes = 0;
        int episodePages = 0;
        long chunkMax = 0;
        for (Path f : files) {
            long size = Files.size(f);
            total += size;
            if (size > largestSize) {
                largestSize = size;
                largest = f;
            }
            if (f.getFileName().toString().startsWith("pages-")) {
                episodeBytes += size;
                episodePages++;
            }
            if (f.toString().contains("/data/")) {
                chunkMax = Math.max(chunkMax, size);
            }
        }

        List<Double> overviewLoads = new ArrayList<>();
        List<Double> overviewWall = new ArrayList<>();
        double browserLoad;
        double browserReady;
        double episodeLoad;
        ChromeDriver driver = Chromium.start(1280, 900);
        try {
            for (int i = 0; i < 3; i++) {
                long w0 = System.nanoTime();
                driver.get(report.resolve("index.html").toUri().toString());
                overviewWall.add((System.nanoTime() - w0) / 1e6);
                overviewLoads.add(Chromium.loadMillis(driver));
                assertThat(driver.findElements(By.cssSelector("svg[data-chart]"))).hasSizeGreaterThanOrEqualTo(3);
                assertThat(Chromium.severe(driver)).isEmpty();
            }
            Chromium.screenshot(driver, "bench-overview-1280", 1280);
            long b0 = System.nanoTime();
            driver.get(report.resolve("browser.html").toUri().toString());
            browserReady = (System.nanoTime() - b0) / 1e6;
            browserLoad = Chromium.loadMillis(driver);
            assertThat(driver.findElement(By.id("count")).getText()).contains(String.format(Locale.ROOT, "%,d in the run",
                    episodes.size()));
            assertThat(driver.findElements(By.cssSelector("#rows tr"))).hasSize(50);
            assertThat(Chromium.severe(driver)).isEmpty();
            episodeLoad = Chromium.openEpisode(driver, report, PageNames.link(episodes.get(episodes.size() / 2).key()));
            assertThat(Chromium.severe(driver)).isEmpty();
        } finally {
            driver.quit();
        }

        double worstOverview = overviewLoads.stream().max(Comparator.naturalOrder()).orElseThrow();
        System.out.printf(Locale.ROOT, "%n== 20k benchmark ==%n"
                        + "episodes: %d%n"
                        + "generate run (journal + summary, 2000 resamples): %.1f s%n"
                        + "Reports.writeAll: %.1f s%n"
                        + "overview index.html: %.2f MB (%d bytes)%n"
                        + "overview load (loadEventEnd, 3 runs): %s ms; driver.get wall: %s ms%n"
                        + "browser.html: %d KB; load %.0f ms; ready with rows (driver.get wall) %.0f ms%n"
                        + "largest data chunk: %d KB; largest file: %s (%d KB)%n"
                        + "episode shards: %d, mean %.1f KB, one episode drawn in %.0f ms%n"
                        + "report total: %.1f MB in %d files%n",
                episodes.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, overview / (double) MB, overview,
                overviewLoads, overviewWall, browser / 1024, browserLoad, browserReady, chunkMax / 1024,
                report.relativize(largest), largestSize / 1024, episodePages, episodeBytes / 1024.0 / episodePages,
                episodeLoad, total / (double) MB, files.size());
        assertThat(overview).isLessThan(5 * MB);
        assertThat(worstOverview).isLessThan(2000);
        assertThat(largestSize).as("no single file is huge").isLessThan(2 * MB);
    }
}
