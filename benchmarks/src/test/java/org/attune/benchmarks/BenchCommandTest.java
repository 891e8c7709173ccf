package org.attune.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.runners.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune bench}: a cold pass, warm passes and a target line per workload read off their median. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void coldThenWarmPassesAndTargetsAgainstTheMedianWarmRun() throws Exception {
        String[] r = run("bench", "--episodes", "12", "--warmup", "6", "--latency-ms", "20", "--max-connections", "4",
                "--repeat", "3", "--out", tmp.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        String out = r[1];
        assertThat(out).contains("run folders: " + tmp, "cold: the first run in this JVM",
                "warm: the same workloads again in this JVM", "targets (against the median of 3 warm runs):");
        // the single-call workload goes first, so its cold figure is a fresh process's
        assertThat(out.indexOf("generic ")).isLessThan(out.indexOf("discovery "));
        // 1 cold + 3 warm runs of each workload, each with its bound; the bound is requests x latency / connections
        Matcher m = Pattern.compile("(?m)^(generic|discovery) +(\\d+) episodes \\(0 errors\\), +(\\d+) requests.*\\n"
                + " +wall +([0-9.]+) s vs lower bound +([0-9.]+) s \\(x([0-9.]+)\\)").matcher(out);
        int generic = 0;
        int discovery = 0;
        List<Double> warmGeneric = new java.util.ArrayList<>();
        while (m.find()) {
            long requests = Long.parseLong(m.group(3));
            double bound = Double.parseDouble(m.group(5));
            assertThat(bound).isCloseTo(Math.max(requests * 0.020 / 4, 0.020), org.assertj.core.data.Offset.offset(0.011));
            if (m.group(1).equals("generic")) {
                assertThat(requests).isEqualTo(Long.parseLong(m.group(2))); // one call per episode
                if (generic++ > 0) {
                    warmGeneric.add(Double.parseDouble(m.group(6)));
                }
            } else {
                assertThat(requests).isGreaterThan(Long.parseLong(m.group(2)) * 3);
                discovery++;
            }
        }
        assertThat(generic).isEqualTo(4);
        assertThat(discovery).isEqualTo(4);
        double median = warmGeneric.stream().sorted().toList().get(1);
        Matcher t = Pattern.compile("generic +wall within 1\\.30x of the lower bound: x([0-9.]+), (met|not met)").matcher(out);
        assertThat(t.find()).isTrue();
        assertThat(Double.parseDouble(t.group(1))).isEqualTo(median);
        assertThat(t.group(2)).isEqualTo(median <= 1.3 ? "met" : "not met");
        assertThat(out).containsPattern("discovery wall within 1\\.15x of the lower bound: x[0-9.]+, (met|not met)");
        // --out keeps every pass's run folders
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString()).toList())
                .contains("cold-generic", "cold-discovery", "generic-1", "generic-3", "discovery-2");
    }

    @Test
    void aColdProcessIsStartedTimedAndItsRunFolderKept() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] r = run("bench", "--cold", "--episodes", "20", "--latency-ms", "10", "--max-connections", "4",
                "--repeat", "1", "--out", tmp.toString(), "--attune",
                java + " -Xmx256m -cp " + System.getProperty("java.class.path") + " org.attune.runners.Main");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("single-call workload as a cold process: 20 generic episodes", "lower bound 0.05 s",
                "attune (cold process)", "exit 0", "no peer measured");
        // the child really ran the workload against the bench's server: a finished run folder with 20 episodes
        assertThat(new org.attune.evaluator.RunDirectory(tmp.resolve("cold-0")).readEpisodes()).hasSize(20)
                .allSatisfy(e -> assertThat(e.usage().get("agent").calls()).isEqualTo(1));
        assertThat(tmp.resolve("cold-0/report/episode.html")).exists();
    }

    @Test
    void aColdProcessThatFailsGivesNoFigureAndTheBenchFails() {
        // an --attune command that already names the subcommand: each child gets "run run ..." and refuses it
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] r = run("bench", "--cold", "--episodes", "4", "--latency-ms", "0", "--max-connections", "2",
                "--repeat", "2", "--out", tmp.toString(), "--attune",
                java + " -Xmx256m -cp " + System.getProperty("java.class.path") + " org.attune.runners.Main run");
        assertThat(r[0]).as(r[1] + r[2]).isEqualTo("2"); // the children's own usage-error code
        assertThat(r[1]).contains("attune (cold process)", "exit 2", "failed: attune 2 of 2 runs",
                "no median and no ratio").doesNotContain("NaN").doesNotContainPattern("attune median");
    }

    @Test
    void providerKeysInTheEnvironmentReachNoOutputAndNoFile() throws Exception {
        String key = "sk-attune-BENCHKEY-5c2e81f0a4";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new String[] {"bench", "--episodes", "4", "--warmup", "0", "--latency-ms", "0",
                "--max-connections", "2", "--repeat", "1", "--out", tmp.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true), Map.of("OPENAI_API_KEY", key, "ANTHROPIC_API_KEY", key, "GEMINI_API_KEY", key));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out + "\n" + err).doesNotContain("BENCHKEY");
        List<Path> files;
        try (var walk = Files.walk(tmp)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("run folders written").isNotEmpty();
        for (Path f : files) {
            assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                    .doesNotContain("BENCHKEY");
        }
    }

    @Test
    void badNumbersAreAnInputError() {
        String[] r = run("bench", "--repeat", "0");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--repeat 1-50");
    }
}
