package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.testkit.ScriptedResponder;
import org.attune.runners.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune score --judge MODEL}: only judge and editor requests reach the server; the play is kept. */
class ModelRescoreTest {
    @TempDir
    Path tmp;

    private int cli(StringWriter err, String... args) {
        return Cli.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                Map.of("ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
    }

    private static List<JsonNode> lines(Path dir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve(RunDirectory.EPISODES))) {
            out.add(Mappers.json().readTree(l));
        }
        return out;
    }

    @Test
    void aModelJudgeAndEditorRescoreWithoutAnyAgentOrUserRequest() throws Exception {
        Path src = tmp.resolve("offline");
        StringWriter err = new StringWriter();
        assertThat(cli(err, "run", "-q", "--tasks", ModelFixtures.tasks(), "--personas", "2", "--conditions",
                "generic,discovery", "--out", src.toString())).as(err.toString()).isZero();
        Path out = tmp.resolve("model-judged");
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            int code = cli(err, "score", src.toString(), "--judge", server.spec(), "--editor", server.spec(),
                    "--out", out.toString(), "--no-cache", "-q");
            assertThat(code).as(err.toString()).isZero();
            assertThat(server.requestsByRole()).containsOnlyKeys("judge", "editor");
            assertThat(server.requestsByRole().get("editor")).isEqualTo(24); // one edit per episode
        }
        List<JsonNode> before = lines(src);
        List<JsonNode> after = lines(out);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            JsonNode a = before.get(i);
            JsonNode b = after.get(i);
            assertThat(b.get("key")).isEqualTo(a.get("key"));
            assertThat(b.get("response")).isEqualTo(a.get("response"));
            assertThat(b.get("turns")).isEqualTo(a.get("turns"));
            assertThat(b.get("error").isNull()).isTrue();
            assertThat(b.at("/scores/edited").asText()).isEqualTo(a.get("response").asText() + ScriptedResponder.EDIT);
            assertThat(b.at("/usage/editor/calls").asInt()).isEqualTo(1);
            assertThat(b.at("/usage/agent").isMissingNode()).isTrue(); // the offline agent made no calls
        }
        assertThat(after.stream().flatMap(n -> n.at("/scores/criteria").findValuesAsText("kind").stream()))
                .contains("model", "rules");
        JsonNode run = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
        assertThat(run.get("judge").asText()).startsWith("openai-compatible:fixture-model@http://127.0.0.1:");
        assertThat(run.get("user").asText()).isEqualTo("builtin:user");
        assertThat(run.at("/settings/rescoredFrom/judge").asText()).isEqualTo("builtin:judge");
        assertThat(run.at("/settings/rescoring/templates").size()).isPositive();
        assertThat(run.at("/counts/modelRequests").asInt()).isPositive();
    }
}
