package org.attune.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.runners.models.RetryPolicy;
import org.attune.testkit.FaultInjector;
import org.attune.testkit.LocalChatServer;

/**
 * The load and endurance check of a workload against {@link LocalChatServer}: one run with injected
 * faults and random latency, one fault-free run of the same seed, then: no episode lost or
 * journaled twice, the heap's peak and its trend after collections, and every episode that
 * succeeded under faults scored exactly as in the fault-free run.
 */
public final class EnduranceBench {
    /** How to run: the load, the share of faulty requests, the random extra latency, the client's timeout and retries. */
    public record Settings(ModelBench.Settings load, double faultShare, Duration jitter, Duration timeout,
                           RetryPolicy retry, long seed, Duration liveEvery) {
    }

    /** Means over the episodes that succeeded under faults, in one of the two runs. */
    public record Figures(double alignment, double correctness, double editCost, double questions) {
    }

    /**
     * What the check found. {@code lines} counts journal lines, {@code keys} distinct keys; {@code faultsSeen}
     * is what the client counted as faulty attempts, {@code failedCalls} calls that failed for good.
     */
    public record Report(String workload, int planned, int lines, int keys, int errors, Map<FaultInjector.Kind, Long> injected,
                         long requests, long faultsSeen, long failedCalls, int compared, int identical,
                         List<String> differing, Figures faulty, Figures clean, HeapSampler.Figures heap,
                         ModelBench.Result faultyRun, ModelBench.Result cleanRun) {
        public int duplicates() {
            return lines - keys;
        }

        public int missing() {
            return planned - keys;
        }

        /** No lost or duplicated episode, and every success scored as without faults. */
        public boolean passed() {
            return duplicates() == 0 && missing() == 0 && identical == compared && compared > 0;
        }
    }

    private static final Set<String> COMPARED = Set.of("response", "turns", "scores");

    private final Settings settings;
    private final Path work;

    public EnduranceBench(Settings settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    public Report run(String workload) {
        Duration held = settings.timeout().plusSeconds(1); // a timeout fault answers after the client gave up
        FaultInjector[] faults = new FaultInjector[1];
        ModelBench faulty = new ModelBench(settings.load(), work.resolve("faulty"), inner -> faults[0] =
                new FaultInjector(inner, settings.faultShare(), settings.jitter(), held, settings.seed()), this::client);
        ModelBench clean = new ModelBench(settings.load(), work.resolve("clean"),
                inner -> new FaultInjector(inner, 0, settings.jitter(), held, settings.seed()), this::client);
        HeapSampler sampler = HeapSampler.start(settings.liveEvery());
        ModelBench.Result f;
        HeapSampler.Figures heap;
        try {
            f = faulty.run(workload);
        } finally {
            heap = sampler.stop();
        }
        ModelBench.Result c = clean.run(workload);
        return compare(workload, faulty.runDir(workload), clean.runDir(workload), faults[0], heap, f, c);
    }

    private org.attune.runners.models.ModelOptions.Builder client(org.attune.runners.models.ModelOptions.Builder b) {
        return b.timeout(settings.timeout()).retry(settings.retry());
    }

    private static Report compare(String workload, Path faultyDir, Path cleanDir, FaultInjector faults,
                                  HeapSampler.Figures heap, ModelBench.Result f, ModelBench.Result c) {
        JsonNode run = read(faultyDir.resolve(RunDirectory.RUN_JSON));
        List<JsonNode> lines = lines(faultyDir);
        Map<String, JsonNode> cleanByKey = new HashMap<>();
        lines(cleanDir).forEach(n -> cleanByKey.put(n.get("key").asText(), n));
        Map<String, JsonNode> byKey = new HashMap<>();
        int errors = 0;
        int identical = 0;
        List<String> differing = new ArrayList<>();
        List<JsonNode> okFaulty = new ArrayList<>();
        List<JsonNode> okClean = new ArrayList<>();
        for (JsonNode n : lines) {
            String key = n.get("key").asText();
            byKey.put(key, n);
            if (!n.get("error").isNull()) {
                errors++;
                continue;
            }
            JsonNode twin = cleanByKey.get(key);
            boolean same = twin != null && COMPARED.stream().allMatch(field -> n.path(field).equals(twin.path(field)));
            if (same) {
                identical++;
            } else if (differing.size() < 5) {
                differing.add(key);
            }
            okFaulty.add(n);
            if (twin != null) {
                okClean.add(twin);
            }
        }
        JsonNode counts = run.path("counts");
        return new Report(workload, counts.path("planned").asInt(), lines.size(), byKey.size(), errors,
                faults.injected(), counts.path("modelRequests").asLong(), counts.path("modelFaults").asLong(),
                counts.path("modelFailedCalls").asLong(), okFaulty.size(), identical, differing, figures(okFaulty),
                figures(okClean), heap, f, c);
    }

    private static Figures figures(List<JsonNode> episodes) {
        return new Figures(mean(episodes, "/scores/alignment"), mean(episodes, "/scores/correct"),
                mean(episodes, "/scores/editCost"), mean(episodes, "/scores/questions"));
    }

    private static double mean(List<JsonNode> episodes, String pointer) {
        return episodes.stream().map(n -> n.at(pointer)).filter(v -> v.isNumber() || v.isBoolean())
                .mapToDouble(v -> v.isBoolean() ? (v.asBoolean() ? 1 : 0) : v.asDouble()).average().orElse(Double.NaN);
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.4f", d);
    }

    private static List<JsonNode> lines(Path dir) {
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(dir.resolve(RunDirectory.EPISODES))) {
                out.add(Mappers.json().readTree(l));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dir.resolve(RunDirectory.EPISODES) + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static JsonNode read(Path f) {
        try {
            return Mappers.json().readTree(f.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    public static void print(PrintWriter out, Report r) {
        double mb = 1024.0 * 1024.0;
        out.printf(Locale.ROOT, "%s: %d planned, %d journal lines, %d distinct keys: %d lost, %d duplicated%n",
                r.workload(), r.planned(), r.lines(), r.keys(), r.missing(), r.duplicates());
        out.printf(Locale.ROOT, "  faults injected: %d of %d requests (%.1f%%): %s%n", r.injected().values().stream()
                        .mapToLong(Long::longValue).sum(), r.faultyRun().requests(), 100.0 * r.injected().values().stream()
                        .mapToLong(Long::longValue).sum() / Math.max(1, r.faultyRun().requests()), r.injected());
        out.printf(Locale.ROOT, "  client: %d faulty attempts retried, %d calls failed for good -> %d episodes errored%n",
                r.faultsSeen(), r.failedCalls(), r.errors());
        out.printf(Locale.ROOT, "  wall: %.1f s with faults, %.1f s without (%d requests)%n", r.faultyRun().seconds(),
                r.cleanRun().seconds(), r.cleanRun().requests());
        HeapSampler.Figures h = r.heap();
        double episodesEnd = r.faultyRun().setupSeconds() + r.faultyRun().requestSeconds();
        List<HeapSampler.Live> during = h.before(episodesEnd);
        List<HeapSampler.Live> finishing = h.after(episodesEnd);
        out.printf(Locale.ROOT, "  heap: peak %.0f MB in use (heap pools' peaks %.0f MB) of %.0f MB max%n",
                h.peakUsed() / mb, h.poolPeaks() / mb, h.maxHeap() / mb);
        out.printf(Locale.ROOT, "  live heap after a full collection, while episodes ran (%.0f s): %s MB%n", episodesEnd,
                String.join(", ", during.stream().map(l -> String.format(Locale.ROOT, "%.0f", l.bytes() / mb)).toList()));
        out.printf(Locale.ROOT, "  then while summary and report were written, and after the run: %s MB%n",
                String.join(", ", finishing.stream().map(l -> String.format(Locale.ROOT, "%.0f", l.bytes() / mb)).toList()));
        out.printf(Locale.ROOT, "  %d of %d successful episodes identical to the fault-free run's (response, turns,"
                + " scores)%s%n", r.identical(), r.compared(), r.differing().isEmpty() ? "" : "; differing: " + r.differing());
        out.printf(Locale.ROOT, "  their means, with faults vs without: alignment %s vs %s, correct %s vs %s,"
                        + " edit cost %s vs %s, questions %s vs %s%n", num(r.faulty().alignment()),
                num(r.clean().alignment()), num(r.faulty().correctness()), num(r.clean().correctness()),
                num(r.faulty().editCost()), num(r.clean().editCost()), num(r.faulty().questions()),
                num(r.clean().questions()));
        out.println("  " + (r.passed() ? "PASSED" : "FAILED") + ": no lost or duplicated episode and identical figures"
                + " are " + (r.passed() ? "both true" : "not both true"));
        out.flush();
    }
}
