package org.attune.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attune.runners.bench.EnduranceBench;
import org.attune.runners.bench.ModelBench;
import org.attune.runners.models.RetryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attune bench}: times model runs against a local server with a fixed latency, and prints
 * wall time next to the lower bound. Offline; measures attune's overhead, not a model.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time model runs against a local OpenAI-compatible server with a fixed latency.",
                "With --faults or --latency-jitter-ms: the endurance check (faulty run vs fault-free run of the same seed)."})
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

    @Option(names = "--faults", paramLabel = "SHARE", defaultValue = "0",
            description = "Endurance check: this share of requests gets a provider fault (429 with and without Retry-After,"
                    + " 500/502/503, connection reset, read timeout, malformed JSON, empty content, refusal); a fault-free"
                    + " run of the same seed follows, and lost, duplicated or differing episodes and the heap are reported.")
    double faults;

    @Option(names = "--latency-jitter-ms", paramLabel = "MS", defaultValue = "0",
            description = "A random extra latency of 0 to MS per request (default: ${DEFAULT-VALUE}).")
    int jitterMs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "2",
            description = "With --faults: the client's timeout per call; a read-timeout fault outlasts it (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the injected faults and latencies (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (episodes < 1 || latencyMs < 0 || connections < 1 || questions < 0 || questions > 5 || !(faults >= 0 && faults <= 1)
                || jitterMs < 0 || !(timeoutSeconds > 0)) {
            spec.commandLine().getErr().println("attune: bench: --episodes >= 1, --latency-ms >= 0, "
                    + "--max-connections >= 1, --questions 0-5, --faults 0-1, --latency-jitter-ms >= 0, --timeout > 0");
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
            if (faults > 0 || jitterMs > 0) {
                return endurance(o, s, work);
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

    /** Each workload with faults and without; exit 1 when an episode was lost, duplicated or scored differently. */
    private int endurance(PrintWriter o, ModelBench.Settings s, Path work) {
        EnduranceBench.Settings es = new EnduranceBench.Settings(s, faults, Duration.ofMillis(jitterMs),
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), RetryPolicy.defaults().withSeed(seed), seed,
                Duration.ofSeconds(10));
        o.printf(Locale.ROOT, "endurance: %.0f%% of requests faulty, %d-%d ms latency, %.1f s timeout, default retries%n",
                faults * 100, latencyMs, latencyMs + jitterMs, timeoutSeconds);
        o.flush();
        boolean passed = true;
        for (String w : workloads) {
            EnduranceBench.Report r = new EnduranceBench(es, work.resolve("endurance-" + w)).run(w);
            EnduranceBench.print(o, r);
            passed &= r.passed();
        }
        return passed ? ExitCodes.OK : 1;
    }
}
