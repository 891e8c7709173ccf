package org.attune.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attune.runners.bench.ModelBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attune bench}: times model runs against a local server with a fixed latency, and prints
 * wall time next to the lower bound. Offline; measures attune's overhead, not a model.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time model runs against a local OpenAI-compatible server with a fixed latency.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workload", split = ",", paramLabel = "NAME",
            description = "discovery (every role a model) and/or generic (one agent call per episode); default: both.")
    List<String> workloads = new ArrayList<>(List.of("discovery", "generic"));

    @Option(names = "--episodes", defaultValue = "1000", description = "Episodes per workload (default: ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--latency-ms", defaultValue = "50", description = "Server latency per request (default: ${DEFAULT-VALUE}).")
    int latencyMs;

    @Option(names = "--max-connections", defaultValue = "64", description = "Connections to the server (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--concurrency", description = "Episodes in flight (default: twice the connections).")
    Integer concurrency;

    @Option(names = "--questions", defaultValue = "2", description = "Questions the scripted agent asks in discovery (default: ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--warmup", defaultValue = "100",
            description = "Episodes of each workload run untimed first, so class loading and JIT are not timed (default: ${DEFAULT-VALUE}; 0 for a cold run).")
    int warmup;

    @Option(names = "--out", paramLabel = "DIR", description = "Keep the benchmark's run directories here (default: a temporary folder, removed).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (episodes < 1 || latencyMs < 0 || connections < 1 || questions < 0 || questions > 5) {
            spec.commandLine().getErr().println("attune: bench: --episodes >= 1, --latency-ms >= 0, "
                    + "--max-connections >= 1, --questions 0-5");
            return ExitCodes.INPUT;
        }
        ModelBench.Settings s = new ModelBench.Settings(episodes, Duration.ofMillis(latencyMs), connections,
                concurrency != null ? concurrency : 2 * connections, questions);
        o.printf(Locale.ROOT, "attune bench: %d episodes per workload, %d ms latency, %d connections, %d episodes in flight%n",
                s.episodes(), latencyMs, s.connections(), s.concurrency());
        Path work = out != null ? out : Files.createTempDirectory("attune-bench");
        try {
            if (warmup > 0) {
                ModelBench.Settings w = new ModelBench.Settings(warmup, s.latency(), s.connections(), s.concurrency(),
                        s.questions());
                long t0 = System.nanoTime();
                for (String name : workloads) {
                    new ModelBench(w, work.resolve("warmup-" + name)).run(name);
                }
                o.printf(Locale.ROOT, "warm-up: %d episodes of each workload in %.2f s (not counted)%n", warmup,
                        (System.nanoTime() - t0) / 1e9);
            }
            for (String w : workloads) {
                ModelBench.print(o, s, new ModelBench(s, work.resolve(w)).run(w));
            }
        } finally {
            if (out == null) {
                ModelBench.delete(work);
            }
        }
        return ExitCodes.OK;
    }
}
