package org.attune.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ChatExchange;
import org.attune.testkit.LocalChatServer;
import org.attune.testkit.ScriptedResponder;

/**
 * Times what a user's own process pays, by starting it: the single-call workload as a cold
 * {@code attune run} (JVM start-up, class loading, the run and its report) against a local server,
 * beside a peer tool's process against the same server; and {@code --suite full} in a child JVM with
 * a small heap, with its wall time, peak heap and report size.
 */
public final class ProcessBench {
    /**
     * A child process's wall time, exit code, peak resident memory (bytes, 0 if unknown), output tail,
     * and CPU time (user + system, seconds; the last reading, at most 50 ms before it ended; 0 if unknown):
     * on a shared machine the CPU figure moves far less with other load than the wall time does.
     */
    public record Timed(double seconds, int exit, long peakRss, String tail, double cpuSeconds) {
    }

    private final Path work;
    private final List<String> attune;

    /**
     * @param work   where task files, configs and run folders go
     * @param attune the command that starts attune (e.g. the launcher, or java with its options, -cp and the main class)
     */
    public ProcessBench(Path work, List<String> attune) {
        this.work = work;
        this.attune = List.copyOf(attune);
    }

    /**
     * The scripted server's answers, and the agent's answer to a request without attune's system
     * prompt (a peer tool sends the bare question), so both tools are served alike.
     */
    public static java.util.function.Function<ChatExchange, ChatAnswer> responder() {
        ScriptedResponder scripted = new ScriptedResponder(0);
        return req -> req.role() == null ? ChatAnswer.content(ScriptedResponder.RESPONSE) : scripted.apply(req);
    }

    /**
     * The command that starts attune on this process's class path the way the launcher does (C1 only,
     * then ATTUNE_JAVA_OPTS, then {@code -cp ... Main}).
     */
    public static List<String> thisAttune(List<String> extraJvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(extraJvmOptions);
        String opts = System.getenv("ATTUNE_JAVA_OPTS");
        if (opts != null && !opts.isBlank()) {
            cmd.addAll(List.of(opts.trim().split("\\s+")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), org.attune.runners.Main.class.getName()));
        return cmd;
    }

    /** The single-call workload as one cold attune process against {@code server}. */
    public Timed coldRun(LocalChatServer server, int episodes, int connections, String name) {
        int personas = Math.min(50, episodes);
        int items = (episodes + personas - 1) / personas;
        Path tasks = ModelBench.writeTasks(work, items);
        List<String> cmd = new ArrayList<>(attune);
        cmd.addAll(List.of("run", "--tasks", tasks.toString(), "--personas", String.valueOf(personas),
                "--conditions", "generic", "--agent", "openai-compatible:bench@" + server.baseUrl(),
                "--max-connections", String.valueOf(connections), "--limit", String.valueOf(items), "--no-cache",
                "--out", work.resolve(name).toString()));
        return time(cmd, work, Duration.ofMinutes(10));
    }

    /**
     * The same workload through promptfoo (installed in {@code peerDir}, run by {@code node}) against
     * the same server, at the same concurrency: one test case per episode, the question as the prompt,
     * the answer checked with {@code contains}.
     */
    public Timed peerRun(LocalChatServer server, int episodes, int connections, Path peerDir, String node)
            throws IOException {
        int personas = Math.min(50, episodes);
        int items = (episodes + personas - 1) / personas;
        StringBuilder yaml = new StringBuilder();
        yaml.append("description: attune bench single-call workload\nprompts:\n  - '{{question}}'\nproviders:\n")
                .append("  - id: openai:chat:bench\n    config:\n      apiBaseUrl: ").append(server.baseUrl())
                .append("\n      apiKey: sk-bench\n      temperature: 0\ntests:\n");
        int n = 0;
        for (int p = 0; p < personas && n < episodes; p++) {
            for (int i = 1; i <= items && n < episodes; i++, n++) {
                yaml.append("  - vars: {question: \"").append(ModelBench.question(i)).append(" (persona ").append(p)
                        .append(")\"}\n    assert: [{type: contains, value: \"The answer is\"}]\n");
            }
        }
        Path config = work.resolve("promptfooconfig.yaml");
        Files.writeString(config, yaml);
        List<String> cmd = List.of(node, peerDir.resolve("node_modules/promptfoo/dist/src/entrypoint.js").toString(),
                "eval", "-c", config.toString(), "-j", String.valueOf(connections), "--no-cache", "--no-write",
                "--no-table", "--no-progress-bar");
        return time(cmd, work, Duration.ofMinutes(10));
    }

    /** {@code attune run --suite full} in a child process: wall time, peak RSS, and the run folder. */
    public Timed fullSuite(Path out) {
        List<String> cmd = new ArrayList<>(attune);
        cmd.addAll(List.of("run", "--suite", "full", "--out", out.toString()));
        return time(cmd, work, Duration.ofMinutes(30));
    }

    /** Bytes and files of a run folder apart from its journal. */
    public record Folder(long bytes, long files, long journalBytes) {
    }

    public static Folder folder(Path run) throws IOException {
        long bytes = 0;
        long files = 0;
        long journal = 0;
        try (Stream<Path> s = Files.walk(run)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (p.getParent().equals(run) && p.getFileName().toString().equals("episodes.jsonl")) {
                    journal = Files.size(p);
                    continue;
                }
                bytes += Files.size(p);
                files++;
            }
        }
        return new Folder(bytes, files, journal);
    }

    /** Peak heap in use as a child's GC log shows it (the largest heap before a collection), bytes. */
    public static long peakHeap(Path gcLog) throws IOException {
        long peak = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)M->(\\d+)M").matcher(Files.readString(gcLog));
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)) << 20);
        }
        return peak;
    }

    private static Timed time(List<String> cmd, Path dir, Duration limit) {
        Path log = dir.resolve("child-" + System.nanoTime() + ".log");
        try {
            Files.createDirectories(dir);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().put("PROMPTFOO_DISABLE_TELEMETRY", "1");
            pb.environment().put("PROMPTFOO_DISABLE_UPDATE", "1");
            pb.environment().put("PROMPTFOO_CONFIG_DIR", dir.resolve(".promptfoo").toString());
            long t0 = System.nanoTime();
            Process p = pb.start();
            long rss = 0;
            double cpu = 0;
            // the high-water mark of resident memory and the CPU time, read until the child ends (Linux; 0 elsewhere)
            Path status = Path.of("/proc/" + p.pid() + "/status");
            Path stat = Path.of("/proc/" + p.pid() + "/stat");
            while (!p.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rss = Math.max(rss, hwm(status));
                cpu = Math.max(cpu, cpuSeconds(stat));
                if (System.nanoTime() - t0 > limit.toNanos()) {
                    p.destroyForcibly();
                    break;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<String> lines = Files.readAllLines(log);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
            return new Timed(seconds, p.exitValue(), rss, tail, cpu);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + cmd.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long hwm(Path status) {
        try {
            for (String l : Files.readAllLines(status)) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the child has just ended
        }
        return 0;
    }

    /** User + system CPU seconds of a live process and its waited-for children, from /proc/PID/stat; 0 once it ended. */
    static double cpuSeconds(Path stat) {
        try {
            String l = Files.readString(stat);
            // fields after the command name (which may hold spaces) in parentheses: state is field 3, utime 14 ... cstime 17
            String[] f = l.substring(l.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / 100.0; // USER_HZ, 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0; // the child has just ended
        }
    }

    /** Prints one timed process. */
    public static void print(PrintWriter o, String label, Timed t) {
        o.printf(Locale.ROOT, "  %-28s %7.2f s  exit %d%s%s%n", label, t.seconds(), t.exit(),
                t.cpuSeconds() > 0 ? String.format(Locale.ROOT, "  CPU %.2f s", t.cpuSeconds()) : "",
                t.peakRss() > 0 ? String.format(Locale.ROOT, "  peak RSS %d MB", t.peakRss() >> 20) : "");
        if (t.exit() != 0) {
            o.println("    " + t.tail().replace("\n", "\n    "));
        }
        o.flush();
    }
}
