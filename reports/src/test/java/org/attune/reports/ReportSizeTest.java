package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeFigures;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.Summarizer;
import org.attune.reports.internal.ShardReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report grows by about a kilobyte per episode and by a file per shard, not a page per episode;
 * what the report and summary hold of a whole run (episodes without their long texts) summarizes
 * exactly as the full episodes do. (The 120,000-episode figures: {@code attune bench --full-suite}.)
 */
class ReportSizeTest {
    @TempDir
    Path dir;

    @Test
    void theRunFolderApartFromItsJournalStaysUnderTwoKilobytesAndAFewFilesPerHundredEpisodes() throws IOException {
        SyntheticRun.Spec spec = new SyntheticRun.Spec(5, 10, 12, List.of("builtin:reference", "builtin:plain"),
                List.of("generic", "discovery", "oracle"), 1, 4, false, 100);
        SyntheticRun.write(dir, spec);
        Reports.writeAll(dir, ReportOptions.defaults());
        List<Episode> episodes = new RunDirectory(dir).readEpisodes();
        assertThat(episodes).hasSize(5 * 10 * 12 * 6);

        long bytes = 0;
        long files = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (!p.equals(dir.resolve(RunDirectory.EPISODES))) {
                    bytes += Files.size(p);
                    files++;
                }
            }
        }
        System.out.printf("report of %d episodes: %d bytes per episode, %d files%n", episodes.size(),
                bytes / episodes.size(), files);
        assertThat(bytes / (double) episodes.size()).as("bytes per episode apart from the journal").isLessThan(2048);
        // a shard per 120 episodes, a where file per hex digit, a browser chunk per 1,000 rows, and the pages
        assertThat(files).isLessThanOrEqualTo(episodes.size() / 120 + 1 + 16 + episodes.size() / 1000 + 1 + 10);
        assertThat(ShardReader.all(dir.resolve("report"))).hasSize(episodes.size());
    }

    @Test
    void episodesWithoutTheirLongTextsSummarizeExactlyAsTheFullOnes() {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        RunDirectory rd = new RunDirectory(dir);
        List<Episode> full = rd.readEpisodes();
        List<Episode> figures = rd.readEpisodes(EpisodeFigures.view());
        assertThat(figures).extracting(Episode::response).containsOnlyNulls();
        assertThat(full).extracting(Episode::response).doesNotContainNull();
        Summarizer s = new Summarizer(200, 7);
        assertThat(s.summarize("run", figures)).isEqualTo(s.summarize("run", full));
    }
}
