package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.api.CriterionScore;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.runners.PrefDiscoSample;
import org.attune.testkit.ChatExchange;
import org.attune.runners.engine.Progress;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.RunConfigs;
import org.attune.runners.engine.RunService;
import org.attune.tasks.formats.LoadOptions;
import org.attune.tasks.formats.PrefDiscoItem;
import org.attune.tasks.formats.TaskFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model-backed simulated user and judge of PrefDisco records (a local server): what they are sent
 * carries the person's backstory and educational profile and every active preference's value, range
 * and justification; the judge also gets the rubric's levels.
 */
class PrefDiscoModelRolesTest {
    @Test
    void theUserAndTheJudgeAreSentThePersonAndEveryPreferenceWithItsReason(@TempDir Path tmp) throws Exception {
        Path file = PrefDiscoSample.file("personalized_math500.jsonl");
        PrefDiscoItem record = TaskFormats.load(file, LoadOptions.defaults()).personalized().get(0);
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            Path out = tmp.resolve("run");
            ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).build();
            RunConfig req = RunConfigs.builder().suite("quick").tasks(List.of(file.toString()))
                    .conditions(List.of("discovery")).agents(List.of("builtin:reference")).user(server.spec())
                    .judge(server.spec()).limit(1).concurrency(1).maxErrorRate(1.0).out(out).models(options).build();
            RunService.Result r = new RunService(Map.of()).run(req, options, Progress.silent());
            assertThat(r.outcome().errors()).isZero();
            Episode e = new RunDirectory(out).readEpisodes().get(0);
            assertThat(e.item()).isEqualTo(record.itemId());
            assertThat(e.scores().criteria()).extracting(CriterionScore::kind).containsOnly(CriterionScore.MODEL);

            List<ChatExchange> user = server.received().stream().filter(x -> "user".equals(x.role())).toList();
            assertThat(user).isNotEmpty().allSatisfy(x -> {
                String system = x.system();
                assertThat(system).contains(record.persona().backstory(), record.persona().knowledgeLevel(),
                        record.persona().commonErrors(), record.persona().cognitive().get("learning_style"),
                        record.persona().affective().get("anxiety_triggers"),
                        record.persona().bigFive().get("neuroticism").description());
                record.criteria().forEach(c -> assertThat(system).contains(c.justification(),
                        "The person's value: " + c.value() + " (range: " + c.valueRange() + ")", c.description()));
            
                // the dimensions it may name: its own criteria, never the other person's
                assertThat(system).contains("- pd-answer-length: ").doesNotContain("pd-answer-length-2");
            });

            List<ChatExchange> judge = server.received().stream().filter(x -> "judge".equals(x.role())).toList();
            assertThat(judge).hasSize(record.criteria().size());
            for (PrefDiscoItem.Criterion c : record.criteria()) {
                assertThat(judge).anySatisfy(x -> assertThat(x.last()).contains(c.justification(),
                        "1 = " + c.anchors().get(1), "3 = " + c.anchors().get(3), "5 = " + c.anchors().get(5),
                        "The person's value: " + c.value() + " (range: " + c.valueRange() + ")"));
            }
        }
    }

    @Test
    void personaKnownShowsTheProfileAndPreferencesWithReasonsAndFixedQuestionsTellsTheAgentHowMany(@TempDir Path tmp)
            throws Exception {
        Path file = PrefDiscoSample.file("personalized_medqa.jsonl");
        PrefDiscoItem record = TaskFormats.load(file, LoadOptions.defaults()).personalized().get(0);
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            Path out = tmp.resolve("run");
            ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).build();
            RunConfig req = RunConfigs.builder().suite("quick").tasks(List.of(file.toString()))
                    .conditions(List.of("persona_known", "discovery")).agents(List.of(server.spec())).limit(1)
                    .concurrency(1).maxErrorRate(1.0).out(out).models(options).fixedQuestions(3).build();
            RunService.Result r = new RunService(Map.of()).run(req, options, Progress.silent());
            assertThat(r.outcome().errors()).isZero();
            List<ChatExchange> agent = server.received().stream().filter(x -> "agent".equals(x.role())).toList();
            assertThat(agent).anySatisfy(x -> {
                assertThat(x.system()).contains(record.persona().backstory(), record.persona().knowledgeLevel());
                record.criteria().forEach(c -> assertThat(x.system()).contains(c.justification()));
            });
            assertThat(agent).anySatisfy(x -> assertThat(x.system())
                    .contains("Ask exactly 3 questions, one per turn, before you give your final response"));
            assertThat(agent).noneSatisfy(x -> assertThat(x.system()).contains("Ask exactly 5"));
            com.fasterxml.jackson.databind.JsonNode run = org.attune.personas.util.Mappers.json()
                    .readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
            assertThat(run.get("settings").get("fixedQuestions").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aModelAgentIsSentTheItemsImageAndATextOnlyAgentSkipsIt(@TempDir Path tmp) throws Exception {
        Path file = PrefDiscoSample.file("personalized_scienceqa.jsonl");
        byte[] png = java.nio.file.Files.readAllBytes(file.resolveSibling("images").resolve("problem_7_image.png"));
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            Path out = tmp.resolve("run");
            ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).build();
            RunConfig req = RunConfigs.builder().suite("quick").tasks(List.of(file.toString()))
                    .conditions(List.of("generic")).agents(List.of(server.spec(), "builtin:reference")).limit(1)
                    .concurrency(1).maxErrorRate(1.0).out(out).models(options).build();
            RunService.Result r = new RunService(Map.of()).run(req, options, Progress.silent());
            assertThat(r.outcome().errors()).isZero();
            assertThat(r.outcome().finished()).isEqualTo(1);
            List<ChatExchange> agent = server.received().stream().filter(x -> "agent".equals(x.role())).toList();
            assertThat(agent).singleElement().satisfies(x -> {
                String body = x.body().toString();
                assertThat(body).contains("\"image_url\"", "data:image/png;base64,"
                        + java.util.Base64.getEncoder().encodeToString(png));
                assertThat(x.last()).contains("Which color is the square in the picture?");
            });
            com.fasterxml.jackson.databind.JsonNode run = org.attune.personas.util.Mappers.json()
                    .readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
            assertThat(run.get("counts").get("imageEpisodesSkipped").asInt()).isEqualTo(1);
            assertThat(run.get("settings").get("prefdisco").get("imageItemsSkipped").toString())
                    .isEqualTo("[\"problem_7_solheim_49b604fc (builtin:reference)\"]");
        }
    }
}
