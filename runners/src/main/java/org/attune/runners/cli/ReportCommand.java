package org.attune.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunInfo;
import org.attune.personas.InvalidInputException;
import org.attune.reports.ReportOptions;
import org.attune.reports.Reports;
import org.attune.runners.engine.RunFolder;
import org.attune.runners.engine.RunService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune report DIR [--compare DIR]}: rebuilds summary and reports from a run directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Rebuild summary.json, the HTML report, summary.md and junit.xml of a run.",
            "Exit codes: 0 ok, 1 a group missed a threshold (--min-alignment), 2 bad input."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The run directory.")
    Path dir;

    @Option(names = "--compare", paramLabel = "DIR", description = "A baseline run to compare with.")
    Path compare;

    @Option(names = "--min-alignment", paramLabel = "X", description = "junit.xml fails each agent x condition x task"
            + " other than generic (the baseline) below this mean alignment.")
    Double minAlignment;

    @Option(names = "--round", paramLabel = "N", description = "Longitudinal runs: the round their page details (default: the latest "
            + "round where a learning learner still needed an edit).")
    Integer round;

    @Override
    public Integer call() {
        RunDirectory run = new RunDirectory(dir);
        RunInfo info = run.readRunInfo();
        if (compare != null && !new RunDirectory(compare).hasRunInfo()) {
            throw new InvalidInputException(compare + ": not a run directory (no run.json)");
        }
        if (round != null && round < 1) {
            throw new InvalidInputException("--round: must be 1 or more, was " + round);
        }
        if (round != null && !org.attune.runners.engine.LongitudinalService.MODE.equals(info.mode())) {
            throw new InvalidInputException("--round: applies to longitudinal runs only; " + dir + " is a run of "
                    + (info.mode() == null ? "episodes" : info.mode()) + " (drop --round)");
        }
        if (minAlignment != null && !(minAlignment >= 1 && minAlignment <= 5)) {
            throw new InvalidInputException("--min-alignment: must be within 1-5, was " + minAlignment);
        }
        ReportOptions options = new ReportOptions(compare, minAlignment, round);
        List<String> missed = RunFolder.locked(dir, "attune report " + dir, () -> {
            RunService.finish(run, info);
            if (compare != null || minAlignment != null || round != null) {
                return Reports.writeAllAndCheck(dir, options);
            }
            return List.<String>of(); // no threshold to miss
        });
        spec.commandLine().getOut().println("report: " + dir.resolve(RunDirectory.REPORT_DIR).resolve("index.html"));
        return Thresholds.exitCode(dir, missed, spec.commandLine().getErr());
    }
}
