package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.InvalidInputException;
import org.attune.reports.internal.ShardReader;
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
        assertThat(count(overview, "<svg data-chart=\"")).isGreaterThanOrEqualTo(3);
        assertThat(overview).doesNotContain("compare.html");
        assertThat(report.resolve("browser.html")).exists();
        assertThat(report.resolve("data/episodes-000.js")).exists();
        List<Episode> episodes = new RunDirectory(dir).readEpisodes();
        for (Episode e : episodes) {
            assertThat(ShardReader.view(report, e.key()).get("item").asText()).as(e.key()).isEqualTo(e.item());
        }
        assertThat(ShardReader.all(report)).hasSize(episodes.size());
        assertThat(report.resolve("episode.html")).exists();
        assertThat(htmlPages(report)).as("no page per episode").isLessThan(6);
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("| builtin:reference | discovery |");
        // junit.xml names each case's lowest-aligned episode by the report's one link
        assertThat(Files.readString(dir.resolve("junit.xml"))).containsPattern(
                "lowest alignment: report/episode\\.html#[0-9a-f]{12}</system-out>");
        assertThat(report.resolve("compare.html")).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("run.json",
                    "episodes.jsonl", "summary.json", "summary.md", "junit.xml", "report");
        }
    }

    @Test
    void episodesAreReadFromTheJournalsLastLineForTheirKey() throws IOException {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        Path journal = dir.resolve(RunDirectory.EPISODES);
        Episode first = new RunDirectory(dir).readEpisodes().get(0);
        Episode retried = withResponse(first, "The answer of the retried generation.");
        Files.writeString(journal, RunDirectory.mapper().writeValueAsString(retried) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        Reports.writeAll(dir, ReportOptions.defaults());
        assertThat(ShardReader.view(dir.resolve("report"), first.key()).get("response").asText())
                .isEqualTo("The answer of the retried generation.");
    }

    @Test
    void pageDataMadeDuringTheRunIsKeptOnlyWhereTheJournalHasExactlyWhatItShows(@TempDir Path whole)
            throws IOException {
        SyntheticRun.write(whole, SyntheticRun.Spec.small());
        Reports.writeAll(whole, ReportOptions.defaults());

        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        List<Episode> journal = new RunDirectory(dir).readEpisodes();
        java.util.Map<String, Integer> planned = new java.util.HashMap<>();
        journal.forEach(e -> planned.merge(e.pairKey(), 1, Integer::sum));
        org.attune.reports.internal.LiveFragments live = new org.attune.reports.internal.LiveFragments(planned);
        for (Episode e : journal) {
            // the run saw an older generation of the first episode than the journal ends up with
            live.accept(e == journal.get(0) ? withResponse(e, "An answer the journal no longer has.") : e);
        }
        Reports.writeAll(org.attune.reports.internal.RunData.load(dir), ReportOptions.defaults(), live);

        // every episode's data is what a report from the journal alone holds, the stale one made again
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> kept = ShardReader.all(dir.resolve("report"));
        assertThat(kept).isEqualTo(ShardReader.all(whole.resolve("report")));
        assertThat(kept.toString()).doesNotContain("An answer the journal no longer has.");
    }

    private static Episode withResponse(Episode e, String response) {
        return new Episode(e.schema(), e.key(), e.task(), e.item(), e.persona(), e.condition(), e.agent(), e.epoch(),
                e.question(), e.goldAnswer(), e.preferences(), e.turns(), response, e.error(), e.scores(), e.usage(),
                e.costUsd(), e.timing(), e.learner(), e.round(), e.inferred(), e.formatErrors(), e.judgeAudit());
    }

    @Test
    void rebuildingReplacesTheReportAndDropsPagesOfEpisodesNoLongerInTheJournal() throws IOException {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        Reports.writeAll(dir, ReportOptions.defaults());
        Path stale = dir.resolve("report/data/pages-999.js");
        Files.writeString(stale, "old");
        Reports.writeAll(dir, ReportOptions.defaults());
        assertThat(stale).doesNotExist();
        assertThat(ShardReader.all(dir.resolve("report"))).hasSize(new RunDirectory(dir).readEpisodes().size());
    }

    @Test
    void derivesTheSummaryWhenSummaryJsonIsMissing() throws IOException {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        Files.delete(dir.resolve("summary.json"));
        Reports.writeAll(dir, ReportOptions.defaults());
        assertThat(Files.readString(dir.resolve("report/index.html"))).contains("builtin:reference");
        assertThat(dir.resolve("summary.json")).doesNotExist();
    }

    @Test
    void comparesWithABaselineRun(@TempDir Path baseline) throws IOException {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        SyntheticRun.write(baseline, SyntheticRun.Spec.small().withSeed(99));
        Reports.writeAll(dir, new ReportOptions(baseline, null));
        String compare = Files.readString(dir.resolve("report/compare.html"));
        String baselineId = new RunDirectory(baseline).readRunInfo().id();
        assertThat(compare).contains("Compared with a baseline", baselineId, "Episodes that moved most", "Δ alignment");
        String moved = compare.substring(compare.indexOf("id=\"compare-moved\""));
        assertThat(count(moved.substring(0, moved.indexOf("</table>")), "<tr>") - 1).as("moved rows").isBetween(1, 30);
        assertThat(Files.readString(dir.resolve("report/index.html"))).contains("href=\"compare.html\"");
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("compared with " + baselineId,
                "Δ alignment |");
    }

    @Test
    void aFolderWithoutRunJsonIsAnInputError() {
        assertThatThrownBy(() -> Reports.writeAll(dir, ReportOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("run.json");
        assertThatThrownBy(() -> new ReportOptions(null, 7.0)).isInstanceOf(IllegalArgumentException.class);
    }

    static long htmlPages(Path dir) throws IOException {
        try (Stream<Path> pages = Files.walk(dir)) {
            return pages.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
