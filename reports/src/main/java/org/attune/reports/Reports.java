package org.attune.reports;

import java.nio.file.Path;
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
     * As {@link #writeAll(RunData, ReportOptions)}, keeping the episode fragments {@code live} rendered
     * during the run where they are still current.
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
     * Removes what an interrupted or failed report build leaves in a run folder: the staging folder,
     * a set-aside old report (put back when no new one replaced it) and temporary files of atomic writes.
     */
    public static void removeTemporaries(Path runDir) {
        ReportWriter.removeTemporaries(runDir);
    }

    /**
     * The agent x condition x task groups that miss the report's thresholds ({@code --min-alignment}),
     * each as {@code agent / condition / task: why}; empty when there is no threshold or all pass.
     */
    public static java.util.List<String> missedThresholds(Path runDir, ReportOptions options) {
        if (options == null || options.minAlignment() == null) {
            return java.util.List.of();
        }
        return org.attune.reports.internal.JUnitReport.missed(RunData.load(runDir), options.minAlignment());
    }
}
