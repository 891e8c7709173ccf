package org.attune.benchmarks;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.attune.benchmarks.EnduranceBench;
import org.attune.benchmarks.ModelBench;
import org.attune.benchmarks.ProcessBench;
import org.attune.runners.cli.ExitCodes;
import org.attune.runners.cli.OptionalCommand;
import org.attune.runners.models.RetryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attune bench}: times model runs against a local server with a fixed latency, and prints
 * wall time next to the lower bound. Offline; measures attune's overhead, not a model. Added to
 * {@code attune} through {@link OptionalCommand} when the benchmarks jar is on the class path.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time model runs against a local OpenAI-compatible server with a fixed latency.",
                "With --faults or --latency-jitter-ms: the endurance check (faulty run vs fault-free run of the same seed)."})
public final class BenchCommand implements OptionalCommand {
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

    @Option(names = "--warmup", paramLabel = "N",
            description = {"Episodes of each workload run first, in a fresh JVM, and reported as the cold run (class loading"
                    + " and JIT compilation included); the timed warm run follows (default: as many as --episodes; with"
                    + " --faults: 100). 0: only the cold run."})
    Integer warmup;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Warm runs of each workload; the targets are read against their median (default: ${DEFAULT-VALUE}).")
    int repeat;

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

    @Option(names = "--cold", description = {"Time the single-call workload (generic, --episodes, one model call each) as a"
            + " cold attune process per repeat, started like the launcher does, beside the peer (--peer) against the same server."})
    boolean cold;

    @Option(names = "--peer", paramLabel = "DIR", description = "With --cold: a folder where promptfoo is installed (npm install promptfoo).")
    Path peer;

    @Option(names = "--node", paramLabel = "PATH", defaultValue = "node",
            description = "With --peer: the Node.js that runs it (default: ${DEFAULT-VALUE}).")
    String node;

    @Option(names = "--attune", paramLabel = "COMMAND", split = " ",
            description = "With --cold or --full-suite: how to start attune (e.g. the ./attune launcher); default: this class path with the launcher's options.")
    List<String> attuneCommand;

    @Option(names = "--full-suite", description = "Time attune run --suite full in a child JVM with -Xmx512m: wall time, peak heap and RSS,"
            + " report bytes and files per episode.")
    boolean fullSuite;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (episodes < 1 || latencyMs < 0 || connections < 1 || questions < 0 || questions > 5 || !(faults >= 0 && faults <= 1)
                || jitterMs < 0 || !(timeoutSeconds > 0) || warmup != null && warmup < 0 || repeat < 1 || repeat > 50) {
            spec.commandLine().getErr().println("attune: bench: --episodes >= 1, --latency-ms >= 0, "
                    + "--max-connections >= 1, --questions 0-5, --faults 0-1, --latency-jitter-ms >= 0, --timeout > 0, "
                    + "--warmup >= 0, --repeat 1-50");
            return ExitCodes.INPUT;
        }
        ModelBench.Settings s = new ModelBench.Settings(episodes, Duration.ofMillis(latencyMs), connections,
                concurrency != null ? concurrency : 2 * connections, questions);
        o.printf(Locale.ROOT, "attune bench: %d episodes per workload, %d ms latency, %d connections, %d episodes in flight%n",
                s.episodes(), latencyMs, s.connections(), s.concurrency());
        // about 25 KB a run folder holds per episode; room for both passes of every workload, twice over
        long room = fullSuite ? 800_000_000L // --suite full: a 333 MB journal beside its report
                : 4L * workloads.size() * Math.max(episodes, warmup == null ? episodes : warmup) * 25_000;
        Path work = out != null ? out : workFolder(room);
        o.printf(Locale.ROOT, "run folders: %s%s%n", work, out != null ? ""
                : work.startsWith(SHM) ? " (memory-backed: the disk is not timed; --out DIR times one)" : "");
        try {
            if (cold || fullSuite) {
                return processes(o, s, work);
            }
            if (faults > 0 || jitterMs > 0) {
                int w = warmup != null ? warmup : 100;
                if (w > 0) {
                    ModelBench.Settings ws = new ModelBench.Settings(w, s.latency(), s.connections(), s.concurrency(),
                            s.questions());
                    long t0 = System.nanoTime();
                    for (String name : workloads) {
                        new ModelBench(ws, work.resolve("warmup-" + name)).run(name);
                    }
                    o.printf(Locale.ROOT, "warm-up: %d episodes of each workload in %.2f s (not counted)%n", w,
                            (System.nanoTime() - t0) / 1e9);
                }
                return endurance(o, s, work);
            }
            timed(o, s, work);
        } finally {
            if (out == null) {
                ModelBench.delete(work);
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Each workload cold (the first run in this JVM: class loading and JIT compilation included),
     * then warm; targets are read against the warm run, the cold one is shown with the JVM's start-up.
     */
    private void timed(PrintWriter o, ModelBench.Settings s, Path work) {
        double startup = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        int w = warmup != null ? warmup : s.episodes();
        // the single-call workload first, so its cold figure is that of a fresh process, as a peer tool's would be
        List<String> order = new ArrayList<>(workloads);
        order.sort(java.util.Comparator.comparing(name -> !name.equals("generic")));
        Map<String, ModelBench.Result> cold = new LinkedHashMap<>();
        if (w > 0) {
            ModelBench.Settings ws = new ModelBench.Settings(w, s.latency(), s.connections(), s.concurrency(),
                    s.questions());
            o.printf(Locale.ROOT, "cold: the first run in this JVM (JVM start-up %.2f s before it; class loading and "
                    + "JIT compilation included)%n", startup);
            for (String name : order) {
                ModelBench.Result r = new ModelBench(ws, work.resolve("cold-" + name)).run(name);
                ModelBench.print(o, ws, r);
                cold.put(name, r);
            }
            o.println("warm: the same workloads again in this JVM");
            dropRuns(work, order, "cold-");
        }
        Map<String, ModelBench.Result> warm = new LinkedHashMap<>();
        Map<String, List<ModelBench.Result>> runs = new LinkedHashMap<>();
        for (int i = 0; i < repeat; i++) {
            for (String name : order) {
                ModelBench.Result r = new ModelBench(s, work.resolve(repeat == 1 ? name : name + "-" + (i + 1))).run(name);
                ModelBench.print(o, s, r);
                runs.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
            }
            if (i < repeat - 1) {
                dropRuns(work, order, "");
            }
        }
        // the median warm run of each workload (the machine's disk and JIT add noise from run to run)
        runs.forEach((name, rs) -> {
            List<ModelBench.Result> sorted = new ArrayList<>(rs);
            sorted.sort(java.util.Comparator.comparingDouble(ModelBench.Result::ratio));
            warm.put(name, sorted.get(sorted.size() / 2));
        });
        o.println(repeat == 1 ? "targets (against the warm run):"
                : "targets (against the median of " + repeat + " warm runs):");
        for (String name : order) {
            ModelBench.Result r = warm.get(name);
            double target = name.equals("discovery") ? 1.15 : 1.3;
            o.printf(Locale.ROOT, "  %-9s wall within %.2fx of the lower bound: x%.2f, %s%n", name, target,
                    r.ratio(), r.ratio() <= target ? "met" : "not met");
            ModelBench.Result c = cold.get(name);
            if (name.equals("generic") && c != null && c.episodes() == r.episodes()) {
                o.printf(Locale.ROOT, "  %-9s cold process: JVM start-up %.2f s + first run %.2f s = %.2f s "
                                + "(target %.2f s + start-up: %s)%n", "", startup, c.seconds(), startup + c.seconds(),
                        target * c.boundSeconds(), c.ratio() <= target ? "met" : "not met");
            }
        }
        o.flush();
    }

    /** --cold and --full-suite: processes started as a user starts them, timed from outside. */
    private int processes(PrintWriter o, ModelBench.Settings s, Path work) throws java.io.IOException {
        if (fullSuite) {
            Path gc = work.resolve("full-gc.log");
            ProcessBench pb = new ProcessBench(work, attuneCommand != null ? attuneCommand
                    : ProcessBench.thisAttune(List.of("-Xmx512m", "-Xlog:gc:file=" + gc)));
            o.println("--suite full (120,000 episodes) in a child process" + (attuneCommand == null ? " with -Xmx512m:" : ":"));
            Path run = work.resolve("full");
            ProcessBench.Timed t = pb.fullSuite(run);
            ProcessBench.print(o, "attune run --suite full", t);
            if (t.exit() != 0) { // a failed run's time and folder say nothing about the targets
                o.printf(Locale.ROOT, "  attune run --suite full failed (exit %d, its output above): no figures%n", t.exit());
                o.flush();
                ModelBench.delete(run);
                return failed(t.exit());
            }
            ProcessBench.Folder f = ProcessBench.folder(run);
            long n = 120_000;
            o.printf(Locale.ROOT, "  wall %.1f s (target 60 s; CPU %.1f s, load average %.1f); peak heap %s; report and"
                            + " summaries %.1f MB in %d files = %.0f bytes per episode (target 2,048) and %d files (target 3,000);"
                            + " journal %.0f MB%n",
                    t.seconds(), t.cpuSeconds(), loadAverage(), Files.exists(gc) ? (ProcessBench.peakHeap(gc) >> 20) + " MB of 512" : "unknown",
                    f.bytes() / 1e6, f.files(), f.bytes() / (double) n, f.files(), f.journalBytes() / 1e6);
            ModelBench.delete(run);
        }
        if (cold) {
            ProcessBench pb = new ProcessBench(work, attuneCommand != null ? attuneCommand : ProcessBench.thisAttune(List.of()));
            try (var server = org.attune.testkit.LocalChatServer.start(ProcessBench.responder(), s.latency())) {
                double bound = s.episodes() * s.latency().toMillis() / 1000.0 / s.connections();
                o.printf(Locale.ROOT, "single-call workload as a cold process: %d generic episodes, %d ms latency,"
                        + " %d connections; lower bound %.2f s%n", s.episodes(), s.latency().toMillis(), s.connections(), bound);
                List<Double> mine = new ArrayList<>();
                List<Double> theirs = new ArrayList<>();
                List<Double> myCpu = new ArrayList<>();
                List<Double> theirCpu = new ArrayList<>();
                int firstFailure = 0;
                for (int i = 0; i < repeat; i++) {
                    ProcessBench.Timed a = pb.coldRun(server, s.episodes(), s.connections(), "cold-" + i);
                    ProcessBench.print(o, "attune (cold process)", a);
                    if (a.exit() == 0) {
                        mine.add(a.seconds());
                        myCpu.add(a.cpuSeconds());
                    } else if (firstFailure == 0) {
                        firstFailure = a.exit();
                    }
                    if (peer != null) {
                        ProcessBench.Timed p = pb.peerRun(server, s.episodes(), s.connections(), peer, node);
                        ProcessBench.print(o, "promptfoo (cold process)", p);
                        if (p.exit() == 0) {
                            theirs.add(p.seconds());
                            theirCpu.add(p.cpuSeconds());
                        }
                    }
                }
                if (mine.size() < repeat || (peer != null && theirs.size() < repeat)) {
                    // a median over the runs that happened to pass would hide the failures: no figure at all
                    o.printf(Locale.ROOT, "  failed: attune %d of %d runs%s (their output above); no median and no ratio%n",
                            repeat - mine.size(), repeat, peer == null ? "" : ", promptfoo " + (repeat - theirs.size())
                                    + " of " + repeat);
                    o.flush();
                    return mine.size() < repeat ? failed(firstFailure) : ExitCodes.INPUT;
                }
                double a = median(mine);
                o.printf(Locale.ROOT, "  attune median %.2f s, CPU %.2f s (x%.1f the bound)", a, median(myCpu), a / bound);
                if (!theirs.isEmpty()) {
                    double p = median(theirs);
                    o.printf(Locale.ROOT, "; promptfoo median %.2f s, CPU %.2f s: attune is %.1fx faster (target 5x: %s; %.1fx in CPU);"
                                    + " load average %.1f%n", p, median(theirCpu), p / a, p / a >= 5 ? "met" : "not met",
                            median(theirCpu) / median(myCpu), loadAverage());
                } else {
                    o.printf(Locale.ROOT, "; no peer measured (--peer DIR --node NODE: a ratio holds only against a peer timed in the same run,"
                            + " on the same machine at the same moment)%n");
                }
            }
        }
        o.flush();
        return ExitCodes.OK;
    }

    /**
     * The bench's exit code when a timed attune process failed: the process's own code when it is one of
     * attune's (a usage error in --attune stays 2), otherwise the internal-error code.
     */
    static int failed(int childExit) {
        return childExit > 0 && childExit < 64 || childExit == ExitCodes.SIGINT || childExit == ExitCodes.SIGTERM
                ? childExit : ExitCodes.INTERNAL;
    }

    /** The one-minute load average (Linux), or NaN: wall times on a shared machine mean little without it. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static final Path SHM = Path.of("/dev/shm");

    /**
     * A temporary folder for the run folders, in memory where the system has one with room enough
     * (Linux /dev/shm; containers often give it only 64 MB):
     * the bench times attune, and a disk's cost of creating thousands of files depends on its state
     * (on the build machine 0.04 ms a file when quiet, 0.8 ms right after other files were deleted).
     */
    private static Path workFolder(long room) throws java.io.IOException {
        if (Files.isDirectory(SHM) && Files.isWritable(SHM) && Files.getFileStore(SHM).getUsableSpace() >= room) {
            try {
                return Files.createTempDirectory(SHM, "attune-bench");
            } catch (java.io.IOException e) {
                // fall back to the system's temporary folder
            }
        }
        return Files.createTempDirectory("attune-bench");
    }

    /**
     * Removes the run folders a pass wrote (unless --out keeps them), so that the next pass does not
     * time the disk writing back the previous one's thousands of files.
     */
    private void dropRuns(Path work, List<String> names, String prefix) {
        if (out != null) {
            return;
        }
        try (var dirs = Files.list(work)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String n = d.getFileName().toString();
                if (names.stream().anyMatch(w -> n.equals(prefix + w) || n.startsWith(prefix + w + "-"))) {
                    ModelBench.delete(d);
                }
            }
        } catch (java.io.IOException e) {
            // a folder left for the final clean-up
        }
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
