package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.api.CriterionScore;
import org.attune.api.Turn;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.testkit.ScriptedResponder;
import org.attune.runners.engine.Progress;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.RunConfigs;
import org.attune.runners.engine.RunService;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's acceptance: an all-model run of generic, discovery and oracle against a local server
 * answering in the shapes real models send ({@link RealReplies}) loses no episode and records clean text.
 */
class RealRepliesRunTest extends RealRepliesServer {
    RunService.Result run(Path out, ModelOptions options) {
        String s = spec();
        RunConfig config = RunConfigs.builder().suite("quick").tasks(List.of(ModelFixtures.tasks())).personas(List.of("3"))
                .conditions(List.of("generic", "discovery", "oracle")).agents(List.of(s)).user(s).judge(s).editor(s)
                .limit(4).concurrency(4).maxErrorRate(1.0).out(out).models(options).build();
        return new RunService(Map.of()).run(config, options, Progress.silent());
    }

    @Test
    void everyShapeIsReadAndNothingButTheAnswerIsRecorded() throws Exception {
        Path out = tmp.resolve("run");
        RunService.Result r = run(out, ModelFixtures.options(tmp.resolve("cache")).build());
        List<Episode> episodes = new RunDirectory(out).readEpisodes();

        assertThat(episodes).hasSize(27);
        assertThat(r.outcome().errors()).isZero();
        int modelCriteria = 0;
        int reasoning = 0;
        int calls = 0;
        int formatErrors = 0;
        for (Episode e : episodes) {
            assertThat(e.error()).as(e.key()).isNull();
            assertThat(e.response()).as(e.key()).isEqualTo(ScriptedResponder.RESPONSE);
            for (Turn t : e.turns()) {
                assertClean(t.text());
                reasoning += t.reasoning() == null ? 0 : 1;
            }
            reasoning += e.responseReasoning() == null ? 0 : 1;
            assertThat(e.scores().editCost()).as(e.key()).isZero();
            assertThat(e.scores().unscored()).isEmpty();
            for (CriterionScore c : e.scores().criteria()) {
                if (c.kind().equals(CriterionScore.MODEL)) {
                    modelCriteria++;
                    assertThat(c.score()).as(e.key() + " " + c.attribute()).isEqualTo(4.0);
                }
            }
            if (e.condition().equals("discovery")) {
                assertThat(e.scores().questions()).as(e.key()).isEqualTo(2);
                assertThat(e.turns()).extracting(Turn::text).containsSubsequence(RealReplies.QUESTIONS.get(0),
                        RealReplies.QUESTIONS.get(1));
                assertThat(e.turns().get(1).matched()).extracting(m -> m.attribute()).containsExactly("layout");
            }
            calls += e.usage().values().stream().mapToInt(RoleUsage::calls).sum();
            formatErrors += e.formatErrors().size();
        }
        assertThat(modelCriteria).isPositive();
        assertThat(reasoning).as("reasoning is kept apart, not dropped").isPositive();
        assertThat(formatErrors).isLessThanOrEqualTo(calls / 20);

        Map<String, Integer> agentNorms = sum(episodes, "agent");
        assertThat(agentNorms).containsKeys("reasoning", "reasoning-field", "fence", "preamble", "action-json",
                "question-as-ask");
        assertThat(sum(episodes, "judge")).containsKeys("fence", "score-label", "score-fraction", "score-out-of",
                "reasoning", "reasoning-field");
        assertThat(sum(episodes, "editor")).containsKeys("preamble", "fence", "reasoning");
        JsonNode summary = Mappers.json().readTree(out.resolve(RunDirectory.SUMMARY_JSON).toFile());
        assertThat(summary.at("/models/normalizations/agent/reasoning").asInt())
                .isEqualTo(agentNorms.get("reasoning"));
        assertThat(r.models().totals().normalizations().get("agent").get("fence"))
                .isEqualTo((long) agentNorms.get("fence"));

        // the episode pages' data holds the reasoning apart (drawn folded under its own summary), never in a
        // response or a turn's text
        List<JsonNode> views = views(out.resolve(RunDirectory.REPORT_DIR));
        assertThat(views).hasSize(episodes.size());
        List<String> reasonings = new java.util.ArrayList<>();
        for (JsonNode v : views) {
            assertThat(v.path("response").asText()).doesNotContain(RealReplies.THOUGHT);
            assertThat(v.path("responseHtml").asText()).doesNotContain(RealReplies.THOUGHT);
            reasonings.add(v.path("responseReasoning").asText());
            v.path("turns").forEach(t -> {
                assertThat(t.path("text").asText()).doesNotContain(RealReplies.THOUGHT);
                reasonings.add(t.path("reasoning").asText());
            });
        }
        assertThat(reasonings).anySatisfy(text -> assertThat(text).startsWith(RealReplies.THOUGHT));
    }

    /** Every episode's page data in a report, unpacked from its data shards as episode.html unpacks them. */
    private static List<JsonNode> views(Path report) throws java.io.IOException {
        java.util.regex.Pattern packed = java.util.regex.Pattern.compile("=\"([A-Za-z0-9+/=]*)\";\\s*$");
        List<JsonNode> out = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(report.resolve("data"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("pages-")).toList()) {
                java.util.regex.Matcher m = packed.matcher(read(p));
                assertThat(m.find()).as(p.toString()).isTrue();
                byte[] gz = java.util.Base64.getDecoder().decode(m.group(1));
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
                    Mappers.json().readTree(in).get("episodes").elements().forEachRemaining(out::add);
                }
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> sum(List<Episode> episodes, String role) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        episodes.forEach(e -> e.normalizations().getOrDefault(role, Map.of()).forEach((k, n) -> out.merge(k, n, Integer::sum)));
        return out;
    }

    private static void assertClean(String text) {
        assertThat(text).doesNotContain("<think", "</think", "<thinking", "```", "{\"action\"", RealReplies.THOUGHT);
    }
}
