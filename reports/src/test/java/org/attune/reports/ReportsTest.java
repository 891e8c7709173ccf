package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.internal.PageNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryArtifactFromTheRunDirectory() throws IOException {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        Reports.writeAll(dir, ReportOptions.defaults());

        Path report = dir.resolve("report");
        String overview = Files.readString(report.resolve("index.html"));
        assertThat(overview).contains("Leaderboard", "builtin:reference", "builtin:plain", "Best personalized alignment");
        assertThat(count(overview, "data-chart=\"")).isGreaterThanOrEqualTo(3);
        assertThat(overview).contains("data-chart=\"alignment-by-condition\"", "data-chart=\"criterion-heatmap\"",
                "data-chart=\"task-bars\"", "data-chart=\"alignment-vs-correctness\"",
                "data-chart=\"alignment-vs-questions\"");
        assertThat(report.resolve("browser.html")).exists();
        assertThat(report.resolve("data/episodes-000.js")).exists();
        List<Episode> episodes = new RunDirectory(dir).readEpisodes();
        for (Episode e : episodes) {
            assertThat(report.resolve(PageNames.path(e.key()))).exists();
        }
        try (Stream<Path> pages = Files.walk(report.resolve("episodes"))) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html")).count()).isEqualTo(episodes.size());
        }
        assertThat(dir.resolve("summary.md")).exists();
        assertThat(dir.resolve("junit.xml")).exists();
        assertThat(report.resolve("compare.html")).doesNotExist();
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
