package org.attune.runners.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunInfo;
import org.attune.personas.InvalidInputException;
import org.attune.reports.ReportOptions;
import org.attune.reports.Reports;
import org.attune.runners.engine.RunService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune report DIR [--compare DIR]}: rebuilds summary and reports from a run directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild summary.json, the HTML report, summary.md and junit.xml of a run.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The run directory.")
    Path dir;

    @Option(names = "--compare", paramLabel = "DIR", description = "A baseline run to compare with.")
    Path compare;

    @Option(names = "--min-alignment", description = "junit.xml fails agent x condition x task below this mean alignment.")
    Double minAlignment;

    @Option(names = "--round", description = "Longitudinal runs: the round their page details (default: the latest "
            + "round where a learning learner still needed an edit).")
    Integer round;

    @Override
    public Integer call() {
        RunDirectory run = new RunDirectory(dir);
        RunInfo info = run.readRunInfo();
        if (compare != null && !new RunDirectory(compare).hasRunInfo()) {
            throw new InvalidInputException(compare + ": not a run directory (no run.json)");
        }
        RunService.finish(run, info);
        if (round != null && round < 1) {
            throw new InvalidInputException("--round: must be 1 or more, was " + round);
        }
        if (compare != null || minAlignment != null || round != null) {
            Reports.writeAll(dir, new ReportOptions(compare, minAlignment, round));
        }
        spec.commandLine().getOut().println("report: " + dir.resolve(RunDirectory.REPORT_DIR).resolve("index.html"));
        return ExitCodes.OK;
    }
}
