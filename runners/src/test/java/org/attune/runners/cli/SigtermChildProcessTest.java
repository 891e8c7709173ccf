package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code attune run} as a child JVM, sends it SIGTERM mid-run (Process.destroy), and checks
 * the graceful stop of SPEC §5: exit 143, the run directory summarized, a resume hint, and a
 * resume that completes the run with every episode key exactly once.
 */
@DisabledOnOs(OS.WINDOWS) // destroy() is not a catchable signal there
class SigtermChildProcessTest {
    @TempDir
    Path tmp;

    private Process start(Path stderr, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.attune.runners.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }

    private static long lines(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        try (var s = Files.lines(journal)) {
            return s.count();
        }
    }

    @Test
    void sigtermStopsGracefullyAndAResumeCompletesTheRun() throws Exception {
        Path out = tmp.resolve("run");
        Path journal = out.resolve(RunDirectory.EPISODES);
        Path err1 = tmp.resolve("first.err");
        // 10 task sets x 1 item x 5 personas x 3 conditions x 2 agents = 300 episodes, one at a time
        Process p = start(err1, "run", "--suite", "full", "--personas", "5", "--limit", "1", "--concurrency", "1",
                "--out", out.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(journal) < 20 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("still running when the journal had its first lines").isTrue();
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
        String stderr = Files.readString(err1, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isEqualTo(143);
        assertThat(out.resolve(RunDirectory.RUN_JSON)).isRegularFile();
        assertThat(out.resolve(RunDirectory.SUMMARY_JSON)).isRegularFile();
        assertThat(out.resolve(RunDirectory.REPORT_DIR).resolve("index.html")).isRegularFile();
        assertThat(stderr).contains("stopping: finishing the episodes in flight")
                .contains("Resume with: attune run --resume " + out)
                .doesNotContain("Exception");
        List<String> before = Files.readAllLines(journal);
        assertThat(before).isNotEmpty().allSatisfy(l -> assertThat(l).endsWith("}")); // no torn line
        int planned = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile()).at("/counts/planned").asInt();
        assertThat(planned).isEqualTo(300);
        assertThat(before.size()).isLessThan(planned);

        Path err2 = tmp.resolve("resume.err");
        Process r = start(err2, "run", "-q", "--resume", out.toString(), "--concurrency", "2");
        assertThat(r.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(r.exitValue()).as(Files.readString(err2)).isZero();
        Set<String> keys = new HashSet<>();
        List<String> after = Files.readAllLines(journal);
        for (String l : after) {
            assertThat(keys.add(Mappers.json().readTree(l).get("key").asText())).as("key once: " + l).isTrue();
        }
        assertThat(keys).hasSize(planned);
        assertThat(after.subList(0, before.size())).isEqualTo(before); // the resume appended only
        var summary = Mappers.json().readTree(out.resolve(RunDirectory.SUMMARY_JSON).toFile());
        int episodes = 0;
        for (var g : summary.get("groups")) {
            episodes += g.get("episodes").asInt();
        }
        assertThat(episodes).isEqualTo(planned);
    }
}
