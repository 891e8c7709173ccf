package org.attune.runners.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.evaluator.Summary;
import org.attune.runners.engine.RunMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune merge DIR... --out DIR}: combines the shards of one run. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Combine shard run directories (attune run --shard i/n) into one run.",
            "Exit codes: 0 merged, 2 a shard missing or given twice (or bad input), 3 shards of different splits or"
                    + " configurations."})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "2..*", description = "Shard run directories.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The merged run directory.")
    Path out;

    @Option(names = "--allow-partial",
            description = "Merge a set that misses shards anyway; run.json and the report say which are missing.")
    boolean allowPartial;

    @Override
    public Integer call() {
        Summary s;
        try {
            s = RunMerge.merge(dirs, out, allowPartial);
        } catch (RunMerge.NotComparable e) {
            throw new NotComparableException(e.getMessage());
        }
        spec.commandLine().getOut().println("merged " + dirs.size() + " shards: " + s.episodes() + " episodes, "
                + s.errors() + " errors -> " + out);
        return ExitCodes.OK;
    }
}
