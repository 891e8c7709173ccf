package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.attune.api.CriterionScore;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.BenchmarkRunTest;
import org.attune.runners.engine.Progress;
import org.attune.runners.engine.RunConfigs;
import org.attune.runners.engine.RunService;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ChatExchange;
import org.attune.testkit.LocalChatServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run on real gsm8k items against a local server whose agent and judge answer in shapes real models
 * send and that this build once misread: the agent works the item's own reference solution, thinks in a
 * {@code <think>} block, and states the final answer in full-width digits (as CJK and mixed-script replies
 * do) or with thousands grouped by a narrow no-break space; the judge annotates its JSON with a
 * {@code //} comment or runs out of tokens inside its justification. Every episode must be kept, the
 * recorded response must be the model's text without its reasoning, the verdict must match the real gold
 * answer, every criterion must be scored 4 without a repair turn, and nothing is a format error.
 */
class AdversarialRepliesRunTest {
    static final String THOUGHT = "Let me work through the numbers once before answering.";
    static final int ITEMS = 4;

    @TempDir
    Path tmp;

    /** The first items of the real gsm8k test file: question, worked solution, gold answer. */
    record Gsm(String question, String solution, String gold) {
    }

    static List<Gsm> items(Path file) throws Exception {
        List<Gsm> out = new ArrayList<>();
        for (String line : Files.readAllLines(file).subList(0, ITEMS)) {
            JsonNode n = Mappers.json().readTree(line);
            String answer = n.get("answer").asText();
            int cut = answer.lastIndexOf("####");
            out.add(new Gsm(n.get("question").asText(), answer.substring(0, cut).replaceAll("<<[^>]*>>", "").strip(),
                    answer.substring(cut + 4).strip()));
        }
        return out;
    }

    /** The gold in full-width digits, or grouped by narrow no-break spaces when it has four digits or more. */
    static String written(String gold) {
        if (gold.length() > 3) {
            StringBuilder sb = new StringBuilder(gold);
            for (int i = gold.length() - 3; i > 0; i -= 3) {
                sb.insert(i, '\u202f');
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        gold.chars().forEach(c -> sb.append(Character.isDigit(c) ? (char) (c + 0xFEE0) : (char) c));
        return sb.toString();
    }

    static String response(Gsm g) {
        return g.solution() + "\n\n**Final answer:** " + written(g.gold());
    }

    @Test
    void realRepliesOnRealItemsAreKeptReadAndScoredRight() throws Exception {
        Path gsm8k = BenchmarkRunTest.realData("gsm8k_test.jsonl");
        List<Gsm> items = items(gsm8k);
        assertThat(items).extracting(Gsm::gold).anyMatch(g -> g.length() > 3).anyMatch(g -> g.length() <= 3);
        Map<String, Gsm> byQuestion = new LinkedHashMap<>();
        items.forEach(g -> byQuestion.put(g.question(), g));
        AtomicInteger judged = new AtomicInteger();
        java.util.function.Function<ChatExchange, ChatAnswer> responder = req -> switch (String.valueOf(req.role())) {
            case "agent" -> byQuestion.values().stream()
                    .filter(g -> req.messages().stream().anyMatch(m -> m.text().contains(g.question())))
                    .findFirst().map(g -> ChatAnswer.content("<think>\n" + THOUGHT + "\n</think>\n\n" + response(g)))
                    .orElse(ChatAnswer.status(400));
            case "judge" -> ChatAnswer.content(judged.getAndIncrement() % 2 == 0
                    ? "```json\n{\n  \"score\": 4, // fits the person mostly\n  \"justification\": \"Clear steps.\"\n}\n```"
                    : "{\"score\": 4, \"justification\": \"The steps are clear and the answer is stated, though the");
            default -> ChatAnswer.status(400);
        };
        Path out = tmp.resolve("run");
        try (LocalChatServer server = LocalChatServer.start(responder, Duration.ZERO)) {
            String spec = "openai-compatible:qwen3-8b@" + server.baseUrl();
            ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).cache(false).build();
            RunConfig config = RunConfigs.builder().suite("quick").tasks(List.of(gsm8k.toString()))
                    .personas(List.of("2")).conditions(List.of("generic", "oracle")).agents(List.of(spec)).judge(spec)
                    .limit(ITEMS).concurrency(2).maxErrorRate(1.0).out(out).models(options).build();
            RunService.Result r = new RunService(Map.of()).run(config, options, Progress.silent());
            assertThat(r.outcome().errors()).isZero();
        }
        List<Episode> episodes = new RunDirectory(out).readEpisodes();
        assertThat(episodes).hasSize(ITEMS * 2 * 2);
        int modelCriteria = 0;
        for (Episode e : episodes) {
            Gsm g = byQuestion.values().stream().filter(x -> x.gold().equals(e.goldAnswer())).findFirst().orElseThrow();
            assertThat(e.error()).as(e.key()).isNull();
            assertThat(e.response()).as(e.key()).isEqualTo(response(g));
            assertThat(e.responseReasoning()).as(e.key()).isEqualTo(THOUGHT);
            assertThat(e.scores().correct()).as(e.key() + ": " + e.scores().correctnessReason()).isTrue();
            assertThat(e.scores().correctnessReason()).as("read from the final answer, not a number before it")
                    .contains("answer phrase");
            assertThat(e.scores().unscored()).as(e.key()).isEmpty();
            for (CriterionScore c : e.scores().criteria()) {
                if (c.kind().equals(CriterionScore.MODEL)) {
                    modelCriteria++;
                    assertThat(c.score()).as(e.key() + " " + c.attribute()).isEqualTo(4.0);
                }
            }
            assertThat(e.formatErrors()).as(e.key()).isEmpty();
            assertThat(e.normalizations().get("agent")).as(e.key()).containsEntry("reasoning", 1);
        }
        assertThat(modelCriteria).isPositive();
        assertThat(judged.get()).as("one judge call per model-scored criterion: no repair turn").isEqualTo(modelCriteria);
    }
}
