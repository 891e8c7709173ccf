package org.attune.reports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Summarizer;
import org.attune.evaluator.Summary;

/**
 * Everything a report is made from, read from one run directory. When {@code summary.json} is
 * missing (a run stopped before its end) the summary is derived from the journal, as the runner would.
 */
public record RunData(Path dir, RunInfo info, List<Episode> episodes, Summary summary) {

    public RunData {
        episodes = List.copyOf(episodes);
    }

    public static RunData load(Path dir) {
        RunDirectory rd = new RunDirectory(dir);
        RunInfo info = rd.readRunInfo();
        List<Episode> episodes = rd.readEpisodes(org.attune.evaluator.EpisodeFigures.view());
        Summary summary = Files.isRegularFile(rd.file(RunDirectory.SUMMARY_JSON))
                ? rd.readSummary()
                : Summarizer.defaults(info.seed()).summarize(info.id(), episodes);
        return new RunData(dir, info, episodes, summary);
    }
}
