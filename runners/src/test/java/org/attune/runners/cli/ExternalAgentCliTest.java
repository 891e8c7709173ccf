package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.runners.agents.external.PythonAgents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python agent of docs/agents.md plays discovery, generic and oracle through {@code exec:} and
 * {@code http:} with the real command line; its episodes are scored, resumed and re-scored like any
 * agent's; a crash or a stray line errors only the episode in flight and the run goes on.
 */
class ExternalAgentCliTest {
    @TempDir
    Path tmp;

    private static final String[] SMALL = {"--tasks", "formal-logic", "--limit", "2", "--personas", "2",
            "--conditions", "generic,discovery,oracle", "--concurrency", "1"};

    private CliTest.Outcome run(String agent, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "-q", "--agent", agent, "--out", out.toString()));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    private static List<JsonNode> episodes(Path dir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve(RunDirectory.EPISODES))) {
            out.add(Mappers.json().readTree(l));
        }
        return out;
    }

    /** Every episode played by {@code label}, scored, in each condition as the doc agent plays it. */
    private static void assertPlayedAndScored(List<JsonNode> eps, String label) {
        assertThat(eps).hasSize(12);
        for (JsonNode e : eps) {
            assertThat(e.get("agent").asText()).isEqualTo(label);
            assertThat(e.get("error").isNull()).as(e.get("error").toString()).isTrue();
            assertThat(e.at("/scores/alignment").isNumber()).as(e.get("key").asText()).isTrue();
            assertThat(e.at("/scores/correct").isBoolean()).isTrue();
            String response = e.get("response").asText();
            assertThat(response).startsWith("Here is my answer to: ").contains("Answer: ");
            switch (e.get("condition").asText()) {
                case "discovery" -> {
                    assertThat(e.get("turns")).hasSize(2); // one question, the person's reply
                    assertThat(e.at("/turns/0/text").asText()).startsWith("How should I answer");
                    assertThat(response).contains("- you told me: " + e.at("/turns/1/text").asText());
                }
                case "oracle" -> {
                    assertThat(e.get("turns")).isEmpty();
                    assertThat(response).contains("- keeping to your preference on ");
                }
                default -> {
                    assertThat(e.get("turns")).isEmpty();
                    assertThat(response).doesNotContain("keeping to your preference", "you told me");
                }
            }
        }
    }

    @Test
    void execAgentPlaysEveryConditionIsScoredResumedAndRescored() throws Exception {
        String python = PythonAgents.python();
        Path agent = PythonAgents.docAgent(tmp);
        Path out = tmp.resolve("run");
        CliTest.Outcome o = run("exec:" + python + " " + agent, out, "--max-error-rate", "0", "--timeout", "45");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("exec:agent");
        assertPlayedAndScored(episodes(out), "exec:agent");
        JsonNode runJson = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
        assertThat(runJson.at("/agents/0/label").asText()).isEqualTo("exec:agent");
        assertThat(runJson.at("/agents/0/spec").asText()).isEqualTo("exec:" + python + " " + agent);
        assertThat(out.resolve("agent-exec_agent.stderr.log")).exists();
        assertThat(runJson.at("/settings/models/timeoutSeconds").asDouble()).isEqualTo(45.0); // resume reads it back

        // resume starts the recorded command again for what is missing
        Path journal = out.resolve(RunDirectory.EPISODES);
        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, lines.subList(0, 7));
        CliTest.Outcome resumed = CliTest.run("run", "-q", "--resume", out.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertPlayedAndScored(episodes(out), "exec:agent");

        // score re-judges the recorded responses without the agent
        Path rescored = tmp.resolve("rescored");
        CliTest.Outcome s = CliTest.run("score", out.toString(), "--judge", "builtin:judge", "--out", rescored.toString());
        assertThat(s.code()).as(s.err()).isZero();
        List<JsonNode> a = episodes(out);
        List<JsonNode> b = episodes(rescored);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).get("scores")).isEqualTo(a.get(i).get("scores"));
        }
    }

    @Test
    void httpAgentPlaysEveryConditionAndIsScored() throws Exception {
        String python = PythonAgents.python();
        Path agent = PythonAgents.docAgent(tmp);
        Process server = new ProcessBuilder(python, agent.toString(), "--http", "0")
                .redirectError(tmp.resolve("server.log").toFile()).start();
        try {
            String port = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine(); // printed once the socket listens
            assertThat(port).as("the agent printed its port").matches("\\d+");
            Path out = tmp.resolve("run");
            CliTest.Outcome o = run("http:http://127.0.0.1:" + port + "/", out, "--max-error-rate", "0");
            assertThat(o.code()).as(o.err()).isZero();
            assertPlayedAndScored(episodes(out), "http:127.0.0.1:" + port);
            JsonNode runJson = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
            assertThat(runJson.at("/agents/0/spec").asText()).isEqualTo("http:http://127.0.0.1:" + port + "/");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Runs the doc agent behind a wrapper that does {@code misbehave} instead of replying to its
     * {@code at}-th request, once; checks the run went on and every other episode was scored, and
     * that no agent process is left; returns the errored episodes.
     */
    private CliTest.Outcome last;

    private List<JsonNode> misbehavingOnce(String name, String misbehave, int at) throws Exception {
        String python = PythonAgents.python();
        Path agent = PythonAgents.docAgent(tmp);
        Path wrapper = PythonAgents.wrapper(tmp, name, misbehave);
        Path marker = Files.writeString(tmp.resolve("once"), "");
        Path pids = tmp.resolve("pids");
        Path out = tmp.resolve("run");
        CliTest.Outcome o = run("exec:" + python + " " + wrapper + " " + agent + " " + marker + " " + at + " " + pids,
                out, "--max-error-rate", "1");
        last = o;
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(marker).doesNotExist();
        List<JsonNode> eps = episodes(out);
        assertThat(eps).hasSize(12);
        eps.stream().filter(e -> e.get("error").isNull())
                .forEach(e -> assertThat(e.at("/scores/alignment").isNumber()).isTrue());
        List<JsonNode> failed = eps.stream().filter(e -> !e.get("error").isNull()).toList();
        assertThat(Mappers.json().readTree(out.resolve(RunDirectory.SUMMARY_JSON).toFile()).get("errors").asInt())
                .isEqualTo(failed.size());
        // two processes ran (the first was stopped), and none is left once the run is over
        List<String> started = Files.readAllLines(pids);
        assertThat(started).hasSize(2);
        for (String pid : started) {
            ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(h -> h.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        }
        return failed;
    }

    @Test
    void aCrashMidRunErrorsOnlyTheEpisodeInFlightAndTheProcessIsRestartedThenStopped() throws Exception {
        List<JsonNode> failed = misbehavingOnce("crashing", "sys.exit(3)", 5);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).at("/error/message").asText())
                .contains("exec:crashing", "the agent process ended with exit code 3", "restarted");
    }

    @Test
    void aRunThatFinishesWithErroredEpisodesSaysWhyAndRetryErrorsPlaysThemAgain() throws Exception {
        misbehavingOnce("crashing", "sys.exit(3)", 5);
        // before, the console said only "1 errors": the cause was in the journal and the report alone
        assertThat(last.err()).contains("attune: 1 of 12 episodes errored (within --max-error-rate); every one ended "
                + "with: exec:crashing: the agent process ended with exit code 3").contains("--retry-errors");
        Path out = tmp.resolve("run");
        CliTest.Outcome again = CliTest.run("run", "-q", "--resume", out.toString(), "--retry-errors");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("episodes errored");
        assertThat(episodes(out)).hasSize(12).allSatisfy(e -> assertThat(e.get("error").isNull()).isTrue());
    }

    @Test
    void aStrayLineIsQuotedInTheErrorOfTheEpisodeInFlightAndTheRunGoesOn() throws Exception {
        List<JsonNode> failed = misbehavingOnce("chatty", "print('loading weights... done', flush=True)", 3);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).at("/error/message").asText())
                .contains("exec:chatty", "not a reply to a pending request", "\"loading weights... done\"");
    }

    @Test
    void anAgentThatAsksWhenItMustAnswerErrorsItsEpisodesAndTooManyErrorsFailTheRun() throws Exception {
        String python = PythonAgents.python();
        Path agent = Files.writeString(tmp.resolve("asker.py"), """
                import json, sys
                for line in sys.stdin:
                    req = json.loads(line)
                    print(json.dumps({"id": req["id"], "action": "ask", "text": "Tell me more?"}), flush=True)
                """);
        Path out = tmp.resolve("run");
        CliTest.Outcome o = run("exec:" + python + " " + agent, out);
        assertThat(o.code()).isEqualTo(4);
        List<JsonNode> eps = episodes(out);
        assertThat(eps).isNotEmpty().allSatisfy(e -> assertThat(e.at("/error/message").asText())
                .contains("exec:asker", "\"final\": true, which requires \"action\": \"answer\", was \"ask\""));
    }

    @Test
    void listComponentsNamesBothTransports() {
        CliTest.Outcome o = CliTest.run("list", "components");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("exec:COMMAND", "http:URL", "docs/agents.md");
    }

    @Test
    void aMalformedExternalSpecIsAUsageErrorBeforeAnyFolderIsMade() {
        Path out = tmp.resolve("never");
        CliTest.Outcome o = run("http:ftp://example.com/agent", out);
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--agent: \"http:ftp://example.com/agent\": http: needs an http(s) URL with a host")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
