package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.attune.evaluator.RunDirectory;
import org.attune.testkit.LocalChatServer;
import org.attune.testkit.ScriptedResponder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongitudinalCliTest {
    static String fixture() throws Exception {
        return Path.of(LongitudinalCliTest.class.getResource("/fixtures/tiny-math.yaml").toURI()).toString();
    }

    @Test
    void runsAStreamPrintsTheLearnerTableAndResumes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        CliTest.Outcome o = CliTest.run("run", "--mode", "longitudinal", "--tasks", fixture() + ",formal-logic",
                "--personas", "1", "--rounds", "6", "--learner", "none,oracle,cipher-1", "--out", out.toString(), "-q");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("learner", "cum. edits", "zero first", "cipher-1", "oracle", "rounds 1-6");
        assertThat(out.resolve(RunDirectory.EPISODES)).isRegularFile();
        CliTest.Outcome resumed = CliTest.run("run", "--resume", out.toString(), "-q");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("0 episodes run (18 already done)", "cipher-1");
    }

    @Test
    void aModelBackedLearnerRunsAgainstALocalServer(@TempDir Path tmp) {
        try (LocalChatServer server = LocalChatServer.start(new ScriptedResponder(2), Duration.ZERO)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.execute(new String[] {"run", "--mode", "longitudinal", "--tasks", "summarize-passages",
                    "--personas", "1", "--rounds", "4", "--learner", "none,cipher-2",
                    "--agent", "openai-compatible:fixture-model@" + server.baseUrl(), "--out", tmp.resolve("run").toString(),
                    "-q"}, new PrintWriter(out, true), new PrintWriter(err, true),
                    Map.of("ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("cipher-2", "cum. edits");
            assertThat(server.requests()).isPositive();
            assertThat(tmp.resolve("cache").resolve("calls")).isDirectory();
        }
    }

    @Test
    void modeAndLearnerMistakesAreUsageErrors(@TempDir Path tmp) throws Exception {
        CliTest.Outcome mode = CliTest.run("run", "--mode", "daily", "--out", tmp.resolve("a").toString());
        assertThat(mode.code()).isEqualTo(2);
        assertThat(mode.err()).contains("--mode: must be episodes or longitudinal");
        CliTest.Outcome learner = CliTest.run("run", "--learner", "cipher-5", "--out", tmp.resolve("b").toString());
        assertThat(learner.code()).isEqualTo(2);
        assertThat(learner.err()).contains("--learner: learners belong to --mode longitudinal");
        // --rounds, the other longitudinal option, was taken and ignored in episode mode
        CliTest.Outcome rounds = CliTest.run("run", "--rounds", "3", "--out", tmp.resolve("r").toString());
        assertThat(rounds.code()).isEqualTo(2);
        assertThat(rounds.err()).contains("--rounds: rounds belong to --mode longitudinal");
        assertThat(tmp.resolve("r")).doesNotExist();
        CliTest.Outcome conditions = CliTest.run("run", "--mode", "longitudinal", "--tasks", fixture(), "--personas", "1",
                "--conditions", "oracle", "--learner", "cipher-k", "--out", tmp.resolve("c").toString());
        assertThat(conditions.code()).isEqualTo(2);
        assertThat(conditions.err()).contains("--conditions: conditions do not apply", "unknown learner \"cipher-k\"")
                .doesNotContain("Exception");
    }
}
