package org.attune.reports;

import java.nio.file.Path;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Summary;
import org.attune.reports.internal.Catalogs;
import org.attune.reports.internal.LiveFragments;
import org.attune.reports.internal.ReportWriter;
import org.attune.reports.internal.RunData;

/**
 * Builds what reviewers read from a run directory (SPEC §4) and from nothing else: the HTML report
 * under {@code report/}, {@code summary.md} for a pull-request comment and {@code junit.xml} for CI.
 */
public final class Reports {
    private Reports() {
    }

    /** Rewrites report/, summary.md and junit.xml of a run dir from its files. */
    public static void writeAll(Path runDir, ReportOptions options) {
        writeAll(RunData.load(runDir), options);
    }

    /** As {@link #writeAll(Path, ReportOptions)}, from a run already read (what its files hold). */
    public static void writeAll(RunData run, ReportOptions options) {
        writeAll(run, options, null);
    }

    /**
     * As {@link #writeAll(RunData, ReportOptions)}, keeping the episode page data {@code live} made
     * during the run where it is still current.
     */
    public static void writeAll(RunData run, ReportOptions options, LiveFragments live) {
        ReportOptions opts = options == null ? ReportOptions.defaults() : options;
        RunData baseline = opts.compareWith() == null ? null : RunData.load(opts.compareWith());
        if (live != null) {
            live.finish();
        }
        new ReportWriter(run, baseline, opts.minAlignment(), Catalogs.builtin(), opts.round(),
                live).writeAll();
    }

    /**
     * The report of a run that just ended, from what the runner already read ({@code episodes},
     * {@code summary}) without parsing the journal again, keeping the pages {@code live} rendered (may be null).
     */
    public static void writeFinished(Path runDir, RunInfo info, java.util.List<Episode> episodes, Summary summary,
                                     LiveReport live) {
        writeAll(new RunData(runDir, info, episodes, summary), ReportOptions.defaults(),
                live == null ? null : live.fragments());
    }

    /**
     * Removes what an interrupted or failed report build leaves in a run folder: the staging folder,
     * a set-aside old report (put back when no new one replaced it) and temporary files of atomic writes.
     */
    public static void removeTemporaries(Path runDir) {
        ReportWriter.removeTemporaries(runDir);
    }

    /**
     * Writes the report with {@code options} and returns the agent x condition x task groups that miss its
     * thresholds ({@code --min-alignment}), each as {@code agent / condition / task: why}, reading the run once.
     */
    public static java.util.List<String> writeAllAndCheck(Path runDir, ReportOptions options) {
        RunData run = RunData.load(runDir);
        writeAll(run, options);
        return missed(run, options);
    }

    private static java.util.List<String> missed(RunData run, ReportOptions options) {
        return options == null || options.minAlignment() == null ? java.util.List.of()
                : org.attune.reports.internal.JUnitReport.missed(run, options.minAlignment());
    }
}
