package org.attune.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.runners.engine.Progress;
import org.attune.runners.engine.RunRescorer;
import org.attune.runners.engine.StopSignal;
import org.attune.runners.models.ModelComponents;
import org.attune.runners.models.ModelOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code attune score DIR}: re-judges a run into a new directory without playing any episode again. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-judge a run into a new directory: every response is scored again with the given judge and"
                + " editor (default: the run's); the agent and the simulated user are not called.",
                "Running the same command again continues an interrupted re-scoring."})
public final class ScoreCommand implements Callable<Integer> {
    @ParentCommand
    AttuneCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The run to re-score (left unchanged).")
    Path dir;

    @Option(names = "--judge", paramLabel = "SPEC", description = "Judge (default: the run's).")
    String judge;

    @Option(names = "--editor", paramLabel = "SPEC", description = "Editor for edit cost (default: the run's).")
    String editor;

    @Option(names = "--out", paramLabel = "DIR", description = "The new run directory (default: DIR-rescored).")
    Path out;

    @Option(names = "--concurrency", description = "Episodes scored at once (default: cores; twice --max-connections with a model).")
    Integer concurrency;

    @Mixin
    ModelCallOptions modelCalls = new ModelCallOptions();

    @Option(names = {"-q", "--quiet"}, description = "No progress lines and no notes (such as a resume's"
            + " changed-content notice); errors, the summary and the run's paths still print.")
    boolean quiet;

    @picocli.CommandLine.Mixin
    PluginOptions plugins = new PluginOptions();

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        ModelOptions options = modelCalls.builder().build();
        Path target = out != null ? out : siblingOf(dir);
        boolean model = ModelComponents.isModelSpec(judge) || ModelComponents.isModelSpec(editor);
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = concurrency != null ? concurrency : model ? Math.max(cores, 2 * modelCalls.maxConnections) : cores;
        if (threads < 1 || threads > 1024) {
            throw new org.attune.personas.InvalidInputException("--concurrency: must be 1-1024, was " + threads);
        }
        StopSignal signal = new StopSignal();
        Signals.install(signal, e);
        Map<String, String> env = parent != null ? parent.env : System.getenv();
        plugins.install(env);
        RunRescorer.Result r = new RunRescorer(signal, env).rescore(
                new RunRescorer.Request(dir, target, judge, editor, threads, options),
                new Progress(e, parent != null && parent.interactive, quiet));
        SummaryTable.groups(o, r.summary(), r.models());
        o.printf(Locale.ROOT, "%nre-scored %d of %d episodes (%d without a response copied as they were, %d already done),"
                + " %d errors, %.1f s%n", r.rescored(), r.episodes(), r.unscorable(), r.skipped(), r.errors(), r.seconds());
        SummaryTable.where(o, r.dir());
        if (r.interrupted()) {
            e.println("attune: interrupted; the episodes scored so far are saved. Continue with the same command: attune score "
                    + dir + " --out " + target + (judge != null ? " --judge " + judge : "")
                    + (editor != null ? " --editor " + editor : ""));
            return signal.requested() ? signal.code() : ExitCodes.SIGINT;
        }
        return ExitCodes.OK;
    }

    /** {@code runs/x} -> {@code runs/x-rescored}. */
    static Path siblingOf(Path run) {
        Path abs = run.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "run" : abs.getFileName().toString();
        return abs.resolveSibling(name + "-rescored");
    }
}
