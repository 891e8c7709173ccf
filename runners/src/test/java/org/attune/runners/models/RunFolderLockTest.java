package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.testkit.ScriptedResponder;
import org.attune.runners.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per run folder, across processes: a child JVM runs into a folder and is held inside its
 * first model call (the test's server waits on a latch), while this JVM tries to write the same folder.
 */
@DisabledOnOs(OS.WINDOWS)
class RunFolderLockTest {
    @TempDir
    Path tmp;

    private Process child(FakeOpenAiServer server, Path out, Path stderr) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.attune.runners.Main", "run", "-q", "--tasks", ModelFixtures.tasks(), "--limit", "1",
                "--personas", "1", "--conditions", "generic", "--agent", server.spec(), "--no-cache",
                "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        pb.environment().put("ATTUNE_CACHE_DIR", tmp.resolve("cache").toString());
        return pb.start();
    }

    private int cli(StringWriter err, String... args) {
        return Cli.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                Map.of("ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.sorted().toList()) {
                out.add(dir.relativize(p) + " " + (Files.isRegularFile(p) ? Files.size(p) + " "
                        + Files.getLastModifiedTime(p).toMillis() : "dir"));
            }
            return out;
        }
    }

    @Test
    void aSecondWriterIsRefusedAtOnceWhileTheFirstRunsAndTheFirstFinishes() throws Exception {
        Path out = tmp.resolve("run");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            ScriptedResponder script = new ScriptedResponder(0);
            server.script("agent", req -> {
                entered.countDown();
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return script.apply(req);
            });
            Process first = child(server, out, tmp.resolve("first.err"));
            assertThat(entered.await(120, TimeUnit.SECONDS)).as("the first run reached its model call").isTrue();
            List<String> before = listing(out);

            StringWriter err = new StringWriter();
            int second = cli(err, "run", "-q", "--tasks", ModelFixtures.tasks(), "--limit", "1", "--personas", "1",
                    "--conditions", "generic", "--agent", server.spec(), "--no-cache", "--out", out.toString());
            assertThat(second).as(err.toString()).isEqualTo(2);
            assertThat(err.toString()).contains(out + ": another attune process (pid " + first.pid() + ")")
                    .doesNotContain("Exception");
            assertThat(first.isAlive()).as("refused before the first finished").isTrue();
            for (String[] other : List.of(new String[] {"run", "--resume", out.toString()},
                    new String[] {"report", out.toString()})) {
                StringWriter e = new StringWriter();
                assertThat(cli(e, other)).as(String.join(" ", other)).isEqualTo(2);
                assertThat(e.toString()).contains("is writing this run folder");
            }
            assertThat(listing(out)).as("the refused commands wrote nothing").isEqualTo(before);

            release.countDown();
            assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).as(Files.readString(tmp.resolve("first.err"))).isZero();
        }
        Set<String> keys = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve(RunDirectory.EPISODES))) {
            assertThat(keys.add(Mappers.json().readTree(line).get("key").asText())).as("key once: " + line).isTrue();
        }
        assertThat(keys).hasSize(1);
    }

    @Test
    void aLockLeftByAKilledProcessNeverBlocks() throws Exception {
        Path out = tmp.resolve("run");
        CountDownLatch entered = new CountDownLatch(1);
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            ScriptedResponder script = new ScriptedResponder(0);
            CountDownLatch never = new CountDownLatch(1);
            server.script("agent", req -> {
                if (entered.getCount() > 0) {
                    entered.countDown();
                    try {
                        never.await(120, TimeUnit.SECONDS); // the first call waits until its process is killed
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return script.apply(req);
            });
            Process first = child(server, out, tmp.resolve("first.err"));
            assertThat(entered.await(120, TimeUnit.SECONDS)).isTrue();
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no unlock
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out.resolve(".lock")).isRegularFile();
            StringWriter err = new StringWriter();
            assertThat(cli(err, "run", "-q", "--resume", out.toString())).as(err.toString()).isZero();
            never.countDown();
        }
        assertThat(Files.readAllLines(out.resolve(RunDirectory.EPISODES))).hasSize(1);
    }
}
