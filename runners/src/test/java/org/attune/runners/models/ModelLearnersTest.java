package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.attune.evaluator.Episode;
import org.attune.evaluator.LongitudinalSummary;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ChatExchange;
import org.attune.testkit.ScriptedResponder;
import org.attune.runners.engine.LongitudinalService;
import org.attune.runners.engine.Progress;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.RunConfigs;
import org.attune.runners.engine.RunService;
import org.attune.runners.engine.StopSignal;
import org.attune.runners.learners.ContextEmbedding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model-backed longitudinal learners end to end against the local fixture server (scripted replies). */
class ModelLearnersTest {
    static final List<String> LEARNERS = List.of("none", "oracle", "icl-edit-2", "continual-2", "cipher-2");
    static final int ROUNDS = 5;
    static final ContextEmbedding WORDS = text -> {
        float[] v = new float[16];
        for (String w : text.toLowerCase().split("\\W+")) {
            v[Math.floorMod(w.hashCode(), 16)]++;
        }
        return v;
    };
    FakeOpenAiServer server;

    @TempDir
    Path tmp;

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start(); // one per test: a test may script the learner's replies
    }

    @AfterEach
    void stop() {
        server.close();
    }

    RunService.Result run(Path out) {
        ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).build();
        RunConfig config = RunConfigs.builder().suite(LongitudinalService.DEFAULT_SUITE)
                .tasks(List.of("summarize-passages")).personas(List.of("1")).agents(List.of(server.spec())).maxTurns(0)
                .concurrency(2).maxErrorRate(1.0).out(out).models(options).longitudinal(ROUNDS, LEARNERS).build();
        return new LongitudinalService(new StopSignal(), Map.of(), WORDS).run(config, options, Progress.silent());
    }

    static Episode round(List<Episode> eps, String learner, int round) {
        return eps.stream().filter(e -> e.learner().equals(learner) && e.round() == round).findFirst().orElseThrow();
    }

    @Test
    void learnersAnswerInferAndRecallThroughTheAgentModel() throws Exception {
        Path out = tmp.resolve("run");
        RunService.Result r = run(out);
        assertThat(r.outcome().errors()).isZero();
        List<Episode> eps = new RunDirectory(out).readEpisodes();
        assertThat(eps).hasSize(LEARNERS.size() * ROUNDS);
        for (Episode e : eps) {
            assertThat(e.response()).isEqualTo(ScriptedResponder.RESPONSE.strip());
            assertThat(e.usage().get("agent").calls()).as(e.key()).isEqualTo(1);
            assertThat(e.formatErrors()).isEmpty();
        }
        // the scripted agent never changes its answer, so every round is edited and cipher reads every edit
        Episode cipher3 = round(eps, "cipher-2", 3);
        assertThat(cipher3.scores().editCost()).isPositive();
        assertThat(cipher3.inferred()).isEqualTo("layout=bullets; word-budget=brief\nKeep answers short and in bullet points.");
        assertThat(cipher3.usage().get("learner").calls()).isEqualTo(1);
        assertThat(round(eps, "cipher-2", 1).inferred()).isEmpty();
        assertThat(round(eps, "icl-edit-2", 3).inferred()).isNull();
        assertThat(round(eps, "none", 3).usage()).doesNotContainKey("learner");

        List<ChatExchange> agentCalls = server.received().stream().filter(x -> "agent".equals(x.role())).toList();
        assertThat(agentCalls).anyMatch(x -> x.system().contains("Example 2:") && x.system().contains("<<<EDITED"));
        assertThat(agentCalls).anyMatch(x -> x.system().contains("What you have learned")
                && x.system().contains("Keep answers short and in bullet points."));
        assertThat(agentCalls).anyMatch(x -> x.system().contains("not learned anything yet"));
        assertThat(server.requestsByRole()).containsKey("learner");

        JsonNode run = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
        for (String t : List.of("learner-answer.v1", "learner-infer.v1", "learner-aggregate.v1")) {
            assertThat(run.get("settings").get("templates").path(t).asText()).as(t).matches("sha256:[0-9a-f]{64}");
        }
        LongitudinalSummary.LearnerFigures cipher = r.summary().longitudinal().learners().stream()
                .filter(f -> f.learner().equals("cipher-2")).findFirst().orElseThrow();
        assertThat(cipher.inputTokens()).isPositive();
        assertThat(cipher.inferenceRecall()).isNotNull();
    }

    @Test
    void disagreeingNotesAreCombinedByTheModelAndProseIsAFormatError() {
        AtomicInteger reads = new AtomicInteger();
        server.script("learner", x -> {
            if (x.system().startsWith("You are combining notes")) {
                return ChatAnswer.content("{\"preference\": \"Combined: numbered steps.\", \"attributes\": "
                        + "{\"layout\": \"numbered-steps\", \"telepathy\": \"yes\"}}");
            }
            int n = reads.incrementAndGet();
            return ChatAnswer.content(n % 3 == 0 ? "They seem to like it short." : "{\"preference\": \"Variant " + n
                    + "\", \"attributes\": {\"layout\": \"" + (n % 2 == 0 ? "prose" : "bullets") + "\"}}");
        });
        Path out = tmp.resolve("run");
        run(out);
        List<Episode> eps = new RunDirectory(out).readEpisodes();
        assertThat(eps).anyMatch(e -> "layout=numbered-steps\nCombined: numbered steps.".equals(e.inferred()));
        assertThat(eps).anyMatch(e -> !e.formatErrors().isEmpty()
                && e.formatErrors().get(0).startsWith("learner: an edit's inference was not"));
        assertThat(server.received()).anyMatch(x -> x.system().startsWith("You are combining notes")
                && x.last().contains("1. ") && x.last().contains("2. "));
    }

    @Test
    void resumeReplaysRoundsFromTheCacheAndWritesTheSameRounds() throws Exception {
        Path out = tmp.resolve("run");
        run(out);
        List<String> whole = ModelFixtures.stableLines(out);
        Path journal = out.resolve(RunDirectory.EPISODES);
        List<String> lines = Files.readAllLines(journal);
        Files.writeString(journal, String.join("\n", lines.subList(0, 9)) + "\n");
        server.reset();
        // run.json keeps no machine-specific path: the cache is found through the environment
        RunService.Result resumed = new LongitudinalService(new StopSignal(),
                Map.of("ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()), WORDS).resume(out, Progress.silent());
        assertThat(resumed.outcome().skipped()).isEqualTo(9);
        assertThat(server.requests()).as("every call of the rounds replayed or played again is cached").isZero();
        assertThat(resumed.models().cacheHits()).isPositive();
        assertThat(ModelFixtures.stableLines(out)).isEqualTo(whole);
    }
}
