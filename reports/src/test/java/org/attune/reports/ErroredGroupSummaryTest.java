package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A group whose every episode errored has no alignment: summary.md shows one dash, not a dashed interval. */
class ErroredGroupSummaryTest {
    @TempDir
    Path dir;

    @Test
    void aGroupWithoutScoredEpisodesShowsADashForItsAlignment() throws IOException {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        StringBuilder retried = new StringBuilder();
        for (Episode e : new RunDirectory(dir).readEpisodes()) {
            if (e.agent().equals("builtin:plain") && e.condition().equals("oracle")) {
                Episode failed = new Episode(e.schema(), e.key(), e.task(), e.item(), e.persona(), e.condition(),
                        e.agent(), e.epoch(), e.question(), e.goldAnswer(), e.preferences(), e.turns(), null,
                        new ErrorInfo("timeout", "model did not answer"), null, e.usage(), 0, e.timing(), null, null,
                        null);
                retried.append(RunDirectory.mapper().writeValueAsString(failed)).append('\n');
            }
        }
        Files.writeString(dir.resolve(RunDirectory.EPISODES), retried, StandardOpenOption.APPEND);
        Files.delete(dir.resolve("summary.json")); // summarized again from the journal, as a run's end does
        Reports.writeAll(dir, ReportOptions.defaults());
        String md = Files.readString(dir.resolve("summary.md"));
        assertThat(md).contains("| builtin:plain | oracle | – | – | – | – | – | – | – | – |")
                .doesNotContain("(–––)").doesNotContain("– (–");
    }
}
