package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.api.CriterionScore;
import org.attune.api.Turn;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.testkit.ScriptedResponder;
import org.attune.runners.engine.Progress;
import org.attune.runners.engine.RunService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs with every role on a model, through the real LangChain4j OpenAI client. */
class ModelRunTest {
    static FakeOpenAiServer server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        server = FakeOpenAiServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    private RunService.Result run(Path out, List<String> conditions, int items, ModelOptions options) {
        return new RunService(Map.of()).run(ModelFixtures.request(server.spec(), out, conditions, items, 4, options),
                options, Progress.silent());
    }

    @Test
    void aDiscoveryEpisodeWithModelAgentUserJudgeAndEditorCompletesAndIsScored() throws Exception {
        Path out = tmp.resolve("run");
        RunService.Result r = run(out, List.of("discovery"), 1, ModelFixtures.options(tmp.resolve("cache")).build());

        assertThat(r.outcome().errors()).isZero();
        List<Episode> episodes = new RunDirectory(out).readEpisodes();
        assertThat(episodes).hasSize(1);
        Episode e = episodes.get(0);
        assertThat(e.error()).isNull();
        assertThat(e.turns()).extracting(Turn::role).containsExactly("agent", "user", "agent", "user");
        assertThat(e.turns().get(1).matched()).singleElement()
                .satisfies(m -> assertThat(m.similarity()).isEqualTo(1.0));
        assertThat(e.turns().get(1).matched().get(0).attribute()).isEqualTo("layout");
        assertThat(e.response()).isEqualTo(ScriptedResponder.RESPONSE);
        assertThat(e.scores().edited()).isEqualTo(ScriptedResponder.RESPONSE + ScriptedResponder.EDIT);
        assertThat(e.scores().editCost()).isEqualTo(5); // "I hope this helps ." is five tokens
        assertThat(e.scores().accepted()).isFalse();
        assertThat(e.scores().questions()).isEqualTo(2);
        assertThat(e.scores().correct()).isTrue();
        assertThat(e.scores().criteria()).hasSize(5);
        long modelCriteria = e.scores().criteria().stream().filter(c -> c.kind().equals(CriterionScore.MODEL)).count();
        e.scores().criteria().stream().filter(c -> c.kind().equals(CriterionScore.MODEL))
                .forEach(c -> assertThat(c.score()).isEqualTo(4.0));
        assertThat(e.scores().alignment()).isBetween(1.0, 5.0);

        assertThat(e.usage().get("agent").calls()).isEqualTo(3);
        assertThat(e.usage().get("user").calls()).isEqualTo(2);
        assertThat(e.usage().get("editor").calls()).isEqualTo(1);
        assertThat(e.usage().getOrDefault("judge", org.attune.evaluator.RoleUsage.ZERO).calls()).isEqualTo((int) modelCriteria);
        assertThat(e.usage().get("agent").inputTokens()).isPositive();
        assertThat(e.usage().get("agent").outputTokens()).isPositive();
        assertThat(server.requestsByRole()).containsEntry("agent", 3).containsEntry("user", 2).containsEntry("editor", 1);
        assertThat(e.formatErrors()).isEmpty();
        assertThat(e.costUsd()).isZero(); // openai-compatible servers are priced at 0
    }

    @Test
    void runJsonNamesEveryComponentAndEveryTemplateHashButNoKey() throws Exception {
        Path out = tmp.resolve("run");
        run(out, List.of("discovery"), 1, ModelFixtures.options(tmp.resolve("cache")).build());
        JsonNode run = Mappers.json().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("agents").get(0).get("spec").asText()).isEqualTo(server.spec());
        assertThat(run.get("agents").get(0).get("label").asText()).isEqualTo("openai-compatible:fixture-model");
        for (String role : List.of("user", "judge", "editor")) {
            assertThat(run.get(role).asText()).as(role).isEqualTo(server.spec());
        }
        JsonNode templates = run.get("settings").get("templates");
        for (String t : List.of("agent-generic.v1", "agent-persona.v1", "agent-oracle.v1", "agent-discovery.v1",
                "agent-final.v1", "user-passive.v1", "judge-criterion.v1", "editor.v1")) {
            assertThat(templates.path(t).asText()).as(t).matches("sha256:[0-9a-f]{64}");
        }
        JsonNode models = run.get("settings").get("models");
        assertThat(models.get("maxConnections").asInt()).isEqualTo(16);
        assertThat(models.get("cache").asBoolean()).isTrue();
        assertThat(run.get("counts").get("modelRequests").asInt()).isEqualTo(server.requests());
    }

    @Test
    void aSecondIdenticalRunIssuesNoRequestAndWritesTheSameEpisodes() throws Exception {
        ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).build();
        RunService.Result first = run(tmp.resolve("a"), List.of("generic", "discovery"), 2, options);
        assertThat(server.requests()).isPositive().isEqualTo(first.models().requests());
        long calls = first.models().requests() + first.models().cacheHits(); // identical judge calls hit within a run

        server.reset();
        RunService.Result again = run(tmp.resolve("b"), List.of("generic", "discovery"), 2, options);
        assertThat(server.requests()).isZero();
        assertThat(again.models().requests()).isZero();
        assertThat(again.models().cacheHits()).isEqualTo(calls);
        assertThat(ModelFixtures.stableLines(tmp.resolve("b"))).isEqualTo(ModelFixtures.stableLines(tmp.resolve("a")));
    }

    @Test
    void aResumedRunRebuildsItsModelRolesFromRunJsonAndTheCacheFromTheEnvironment() throws Exception {
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("run");
        ModelOptions options = ModelFixtures.options(cache).generation(new Generation(0.2, 300, 5)).build();
        run(out, List.of("generic", "discovery"), 2, options);
        Path journal = out.resolve(RunDirectory.EPISODES);
        List<String> lines = java.nio.file.Files.readAllLines(journal);
        java.nio.file.Files.write(journal, lines.subList(0, lines.size() - 1)); // lose the last episode
        server.reset();
        RunService.Result r = new RunService(Map.of("ATTUNE_CACHE_DIR", cache.toString())).resume(out, Progress.silent());
        assertThat(r.outcome().finished()).isEqualTo(1);
        assertThat(server.requests()).as("the lost episode is replayed from the cache").isZero();
        assertThat(ModelFixtures.stableLines(out)).hasSize(lines.size());
        JsonNode models = Mappers.json().readTree(out.resolve("run.json").toFile()).get("settings").get("models");
        assertThat(models.get("temperature").asDouble()).isEqualTo(0.2);
        assertThat(models.get("maxTokens").asInt()).isEqualTo(300);
    }

    @Test
    void withoutTheCacheEveryCallIsSentAgain() {
        ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).cache(false).build();
        run(tmp.resolve("a"), List.of("generic"), 1, options);
        int first = server.requests();
        run(tmp.resolve("b"), List.of("generic"), 1, options);
        assertThat(server.requests()).isEqualTo(2 * first);
    }
}
