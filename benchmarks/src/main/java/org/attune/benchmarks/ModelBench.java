package org.attune.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.Components;
import org.attune.runners.engine.Progress;
import org.attune.runners.engine.RunConfigs;
import org.attune.runners.engine.RunService;
import org.attune.runners.models.ModelOptions;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ChatExchange;
import org.attune.testkit.LocalChatServer;
import org.attune.testkit.ScriptedResponder;

/**
 * Times attune's own overhead on model runs against {@link LocalChatServer} with a fixed latency:
 * {@code discovery} plays episodes with every role on the server; {@code generic} makes one agent
 * call per episode with the offline judge and editor (the workload of single-call tools). It prints
 * the wall time next to the lower bound: max(requests x latency / connections, longest episode's
 * chain of calls x latency).
 */
public final class ModelBench {
    /** One timed workload. */
    public record Result(String workload, int episodes, int errors, long requests, int longestChain, int maxInFlight,
                         double seconds, double setupSeconds, double requestSeconds, double boundSeconds,
                         double cpuSeconds) {
        public double ratio() {
            return seconds / boundSeconds;
        }
    }

    /** How to run: episodes, server latency, connections, episodes in flight, questions the agent asks. */
    public record Settings(int episodes, Duration latency, int connections, int concurrency, int questions) {
    }

    private final Settings settings;
    private final Path work;
    private final UnaryOperator<Function<ChatExchange, ChatAnswer>> server;
    private final UnaryOperator<ModelOptions.Builder> client;

    public ModelBench(Settings settings, Path work) {
        this(settings, work, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /**
     * @param server wraps the scripted responder (e.g. to inject faults and random latency)
     * @param client adjusts the model options (e.g. timeout and retries)
     */
    public ModelBench(Settings settings, Path work, UnaryOperator<Function<ChatExchange, ChatAnswer>> server,
                      UnaryOperator<ModelOptions.Builder> client) {
        this.settings = settings;
        this.work = work;
        this.server = server;
        this.client = client;
    }

    /** The run directory a workload writes. */
    public Path runDir(String workload) {
        return work.resolve("run-" + workload);
    }

    public Result run(String workload) {
        boolean discovery = workload.equals("discovery");
        if (!discovery && !workload.equals("generic")) {
            throw new org.attune.personas.InvalidInputException("--workload: unknown workload \"" + workload
                    + "\" (discovery or generic)");
        }
        int personas = Math.min(50, settings.episodes());
        int items = (settings.episodes() + personas - 1) / personas;
        Path tasks = writeTasks(work, items);
        try (LocalChatServer server = LocalChatServer.start(this.server.apply(new ScriptedResponder(settings.questions())),
                settings.latency())) {
            String spec = "openai-compatible:bench@" + server.baseUrl();
            ModelOptions options = client.apply(ModelOptions.builder().cache(false).maxConnections(settings.connections())
                    .cacheDir(work.resolve("cache"))).build();
            Path out = runDir(workload);
            RunConfig req = RunConfigs.builder().suite("quick").tasks(List.of(tasks.toString()))
                    .personas(List.of(String.valueOf(personas))).conditions(List.of(workload)).agents(List.of(spec))
                    .user(discovery ? spec : Components.BUILTIN_USER).judge(discovery ? spec : Components.BUILTIN_JUDGE)
                    .editor(discovery ? spec : Components.BUILTIN_EDITOR).limit(items)
                    .concurrency(settings.concurrency()).maxErrorRate(1.0).out(out).models(options).build();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            RunService.Result r = new RunService(Map.of()).run(req, options, Progress.silent());
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            List<Episode> episodes = new RunDirectory(out).readEpisodes();
            int chain = episodes.stream().mapToInt(e -> e.usage().values().stream().mapToInt(RoleUsage::calls).sum())
                    .max().orElse(0);
            double lat = settings.latency().toMillis() / 1000.0;
            double bound = Math.max(server.requests() * lat / settings.connections(), chain * lat);
            return new Result(workload, episodes.size(), r.outcome().errors(), server.requests(), chain,
                    server.maxInFlight(), seconds, (server.firstRequestNanos() - t0) / 1e9,
                    (server.lastAnswerNanos() - server.firstRequestNanos()) / 1e9, bound, cpu);
        }
    }

    public static void print(PrintWriter out, Settings s, Result r) {
        out.printf(Locale.ROOT, "%-9s %5d episodes (%d errors), %6d requests, longest chain %2d calls, "
                        + "max in flight %3d/%d%n          wall %6.2f s vs lower bound %6.2f s (x%.2f): set-up %.2f s, "
                        + "first request to last answer %.2f s (x%.2f), summary and reports %.2f s%n"
                        + "          CPU %.2f s on %d cores (%.1f ms per episode, server included)%n",
                r.workload(), r.episodes(), r.errors(), r.requests(), r.longestChain(), r.maxInFlight(), s.connections(),
                r.seconds(), r.boundSeconds(), r.ratio(), r.setupSeconds(), r.requestSeconds(),
                r.requestSeconds() / r.boundSeconds(), r.seconds() - r.setupSeconds() - r.requestSeconds(),
                r.cpuSeconds(), Runtime.getRuntime().availableProcessors(), r.cpuSeconds() * 1000 / Math.max(1, r.episodes()));
        out.flush();
    }

    /** CPU time of this process so far (every thread, the JIT and GC included), or 0 where unknown. */
    static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The question of synthetic item {@code i}. */
    static String question(int i) {
        return "A baker fills 6 trays with " + (i + 7) + " rolls each. How many rolls is that?";
    }

    /** A synthetic number task set with {@code n} items, written into {@code work}. */
    static Path writeTasks(Path work, int n) {
        try {
            Files.createDirectories(work);
            var root = Mappers.json().createObjectNode();
            root.put("schema", "attune.taskset/v1").put("id", "bench-math").put("name", "Benchmark arithmetic")
                    .put("domain", "math").put("answerType", "number");
            var list = root.putArray("items");
            for (int i = 1; i <= n; i++) {
                list.addObject().put("id", "b-" + i).put("question", question(i)).put("answer", String.valueOf(6 * (i + 7)))
                        .put("solution", "Six trays of " + (i + 7) + " rolls make " + 6 * (i + 7)
                                + " rolls.\n\nThe answer is " + 6 * (i + 7) + ".").put("source", "synthetic");
            }
            Path p = work.resolve("bench-math.json");
            Files.writeString(p, Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the benchmark task set", e);
        }
    }

    /** Removes the benchmark's working folder. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
