package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ScriptedResponder;
import org.attune.runners.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outage that outlasts the retries: the run stops with exit 4 once more than --max-error-rate of
 * its episodes errored, with every finished episode saved and a resume hint; a resume with
 * --retry-errors after the outage completes the run.
 */
class ErrorRateStopTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {
    }

    /** Runs the command line with the model cache in {@code tmp}. */
    static Outcome cli(Path tmp, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void anImpossibleRetryBudgetIsAUsageError() {
        Outcome o = cli(tmp, "run", "--max-retries", "-1", "--out", tmp.resolve("never").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--max-retries: must be 0-20, was -1").doesNotContain("Exception");
        assertThat(cli(tmp, "score", tmp.toString(), "--max-retries", "99").err()).contains("--max-retries: must be 0-20, was 99");
    }

    @Test
    void aRunPastTheErrorRateStopsWithExitFourAndEverythingFinishedSaved() throws Exception {
        Path out = tmp.resolve("run");
        AtomicBoolean outage = new AtomicBoolean(true);
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            // two of the three items fail on every attempt while the outage lasts: 2/3 of the episodes
            ScriptedResponder script = new ScriptedResponder(0);
            server.script("agent", req -> outage.get() && !req.last().contains("baker") ? ChatAnswer.status(503)
                    : script.apply(req));
            Outcome o = cli(tmp, "run", "--tasks", ModelFixtures.tasks(), "--personas", "10", "--conditions", "generic",
                    "--agent", server.spec(), "--max-retries", "1", "--max-error-rate", "0.5", "--concurrency", "6",
                    "--no-cache", "--out", out.toString());
            assertThat(o.code()).as(o.err()).isEqualTo(4);
            assertThat(o.err()).contains("stopped: more than 50% of episodes errored")
                    .contains("Resume with: attune run --resume " + out).doesNotContain("Exception:");

            List<String> lines = Files.readAllLines(out.resolve(RunDirectory.EPISODES));
            int errors = 0;
            Set<String> keys = new HashSet<>();
            for (String l : lines) {
                JsonNode n = Mappers.json().readTree(l);
                assertThat(keys.add(n.get("key").asText())).isTrue();
                if (!n.get("error").isNull()) {
                    errors++;
                    assertThat(n.at("/error/message").asText()).contains("gave up after 2 attempts", "HTTP 503");
                }
            }
            assertThat(lines.size()).isBetween(21, 29); // stopped before the 30 planned
            assertThat(errors / (double) lines.size()).isGreaterThan(0.5);
            JsonNode run = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
            assertThat(run.at("/counts/planned").asInt()).isEqualTo(30);
            assertThat(run.at("/counts/finished").asInt()).isEqualTo(lines.size());
            assertThat(run.at("/counts/errors").asInt()).isEqualTo(errors);
            assertThat(run.at("/settings/models/maxRetries").asInt()).isEqualTo(1);
            assertThat(Files.readString(out.resolve(RunDirectory.SUMMARY_JSON))).contains("\"errors\" : " + errors);
            assertThat(out.resolve(RunDirectory.REPORT_DIR).resolve("index.html")).isRegularFile();
            // every attempt of a failing call reached the server: 1 + 1 retry
            assertThat(server.requestsByRole().get("agent")).isEqualTo(lines.size() + errors);

            outage.set(false);
            Outcome resumed = cli(tmp, "run", "-q", "--resume", out.toString(), "--retry-errors");
            assertThat(resumed.code()).as(resumed.err()).isZero();
        }
        List<String> after = Files.readAllLines(out.resolve(RunDirectory.EPISODES));
        assertThat(after).hasSize(30).allSatisfy(l -> assertThat(Mappers.json().readTree(l).get("error").isNull()).isTrue());
    }
}
