package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.CriterionScore;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.runners.PrefDiscoSample;
import org.attune.tasks.formats.LoadOptions;
import org.attune.tasks.formats.PrefDiscoExport;
import org.attune.tasks.formats.PrefDiscoItem;
import org.attune.tasks.formats.TaskFormats;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PrefDisco records given directly to a run, and as imported: each item with its own persona and weighted rubric. */
class PrefDiscoRunTest {
    static RunConfig request(List<String> tasks, List<String> personas, List<String> conditions, Path out) {
        return RunConfigs.builder().suite("quick").tasks(tasks).personas(personas).conditions(conditions)
                .agents(List.of("builtin:reference")).limit(0).concurrency(2).out(out).build();
    }

    static List<JsonNode> episodes(Path out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (String l : Files.readAllLines(out.resolve(RunDirectory.EPISODES))) {
            list.add(Mappers.json().readTree(l));
        }
        return list;
    }

    static Map<String, Double> weights(JsonNode episode) {
        Map<String, Double> w = new LinkedHashMap<>();
        episode.get("preferences").forEach(p -> w.put(p.get("attribute").asText(), p.get("weight").asDouble()));
        return w;
    }

    @Test
    void theOfflineUserNeverTakesAQuestionForAnotherRecordsCriterion(@TempDir Path tmp) throws Exception {
        // every record brings its own rubric criteria into the catalog; another record's criterion is another
        // person's, so a question matched to it was answered "no strong preference" and lowered recall
        Path out = tmp.resolve("run");
        RunService.Result r = new RunService().run(request(List.of(PrefDiscoSample.path().toString()), List.of("3"),
                List.of("discovery"), out), Progress.silent());
        assertThat(r.outcome().errors()).isZero();
        int criteria = 0;
        for (JsonNode e : episodes(out)) {
            java.util.Set<String> own = weights(e).keySet();
            for (JsonNode turn : e.get("turns")) {
                for (JsonNode m : turn.path("matched")) {
                    String a = m.get("attribute").asText();
                    if (a.startsWith("pd-")) {
                        criteria++;
                        assertThat(own).as("item %s, matched %s", e.get("item").asText(), a).contains(a);
                    }
                }
            }
        }
        assertThat(criteria).as("questions matched to rubric criteria").isGreaterThan(10);
    }

    @Test
    void eachItemIsPlayedWithExactlyItsOwnPersonaAndJudgedOnItsWholeRubric(@TempDir Path tmp) throws Exception {
        Path sample = PrefDiscoSample.path();
        Path out = tmp.resolve("run");
        java.io.StringWriter console = new java.io.StringWriter();
        Progress progress = new Progress(new java.io.PrintWriter(console), false, false);
        // --personas names library personas: PrefDisco items ignore them
        RunService.Result r = new RunService().run(request(List.of(sample.toString()), List.of("3"),
                List.of("generic", "discovery", "oracle", "persona_known"), out), progress);
        assertThat(r.outcome().errors()).isZero();
        List<PrefDiscoItem> rubrics = TaskFormats.load(sample, LoadOptions.defaults()).personalized();
        List<JsonNode> eps = episodes(out);
        assertThat(eps).hasSize(9 * 4); // the image item is skipped: the reference agent takes text only
        for (PrefDiscoItem rubric : rubrics) {
            List<JsonNode> mine = eps.stream().filter(e -> e.get("item").asText().equals(rubric.itemId())).toList();
            if (rubric.image() != null) {
                assertThat(mine).isEmpty();
                continue;
            }
            assertThat(mine).hasSize(4).allSatisfy(e -> {
                assertThat(e.get("persona").asText()).isEqualTo("pd-" + rubric.itemId());
                double total = rubric.criteria().stream().mapToDouble(PrefDiscoItem.Criterion::weight).sum();
                Map<String, Double> w = weights(e);
                assertThat(w.keySet()).containsExactlyElementsOf(
                        rubric.criteria().stream().map(PrefDiscoItem.Criterion::id).toList());
                rubric.criteria().forEach(c -> assertThat(w.get(c.id())).isCloseTo(c.weight() / total, within(1e-12)));
                List<String> scored = e.get("scores").get("criteria").findValuesAsText("attribute");
                assertThat(scored).containsExactlyElementsOf(w.keySet());
                // offline, the criteria are scored by similarity to the rubric's level texts, not a constant
                assertThat(e.get("scores").get("criteria").findValuesAsText("kind")).containsOnly(CriterionScore.HEURISTIC);
                assertThat(e.get("scores").get("criteria").findValuesAsText("justification"))
                        .allSatisfy(j -> assertThat(j).startsWith("level similarity: 1="));
                // the reference agent gives the gold answer: correct for every source dataset
                assertThat(e.get("scores").get("correct").asBoolean()).as(rubric.dataset()).isTrue();
            });
            JsonNode discovery = mine.stream().filter(e -> e.get("condition").asText().equals("discovery")).findFirst()
                    .orElseThrow();
            assertThat(discovery.get("scores").get("recall").asDouble()).as(rubric.dataset()).isGreaterThan(0);
        }
        JsonNode run = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
        assertThat(run.get("personas")).hasSize(10);
        assertThat(run.get("counts").get("imageEpisodesSkipped").asInt()).isEqualTo(4);
        assertThat(Files.readString(out.resolve("report").resolve("index.html"))).contains("imageEpisodesSkipped: 4");
        JsonNode notesJson = run.get("settings").get("prefdisco");
        assertThat(notesJson.get("imageItemsSkipped").toString()).isEqualTo("[\"problem_7_solheim_49b604fc (builtin:reference)\"]");
        assertThat(notesJson.get("unusedFields").findValuesAsText("")).isEmpty();
        List<String> unused = new ArrayList<>();
        notesJson.get("unusedFields").forEach(x -> unused.add(x.asText()));
        assertThat(unused).contains("generation_success", "persona.usage_count", "parsed_problem",
                "persona_preferences.*.problem_context", "original_problem.unique_id").doesNotHaveDuplicates();
        List<String> notes = console.toString().lines().toList();
        assertThat(notes).filteredOn(n -> n.startsWith("attune: warning: skipped item problem_7_solheim_49b604fc")).hasSize(1);
        assertThat(notes).filteredOn(n -> n.contains("rough stand-in") && n.contains("--judge")).hasSize(1);
    }

    @Test
    void anImportedFolderPlaysExactlyWhatTheFilePlays(@TempDir Path tmp) throws Exception {
        Path sample = PrefDiscoSample.path();
        RunService.Result direct = new RunService().run(request(List.of(sample.toString()), List.of(),
                List.of("generic", "discovery", "persona_known"), tmp.resolve("direct")), Progress.silent());
        Path dir = tmp.resolve("imported");
        PrefDiscoExport.write(TaskFormats.load(sample, LoadOptions.defaults()), dir);
        RunService.Result imported = new RunService().run(request(List.of(dir.toString()), List.of(),
                List.of("generic", "discovery", "persona_known"), tmp.resolve("from-import")), Progress.silent());
        assertThat(direct.outcome().finished()).isEqualTo(27);
        assertThat(imported.outcome().finished()).isEqualTo(direct.outcome().finished());
        // same pairs, persons, rubrics, weights and scores: the same episode lines
        assertThat(RunServiceTest.stableLines(tmp.resolve("from-import")))
                .isEqualTo(RunServiceTest.stableLines(tmp.resolve("direct")));
        JsonNode a = Mappers.json().readTree(tmp.resolve("direct").resolve(RunDirectory.RUN_JSON).toFile());
        JsonNode b = Mappers.json().readTree(tmp.resolve("from-import").resolve(RunDirectory.RUN_JSON).toFile());
        assertThat(b.get("personas")).isEqualTo(a.get("personas"));
        assertThat(b.get("contentHash")).isEqualTo(a.get("contentHash"));
    }

    @Test
    void weightsAreTheRubricWeightsOverTheirSumAndOtherItemsStillUseTheChosenPersonas(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("weights.jsonl");
        Files.writeString(f, Files.readString(PrefDiscoSample.file("personalized_aime.jsonl"))
                .replace("\"weight\": 0.4545", "\"weight\": 0.9"));
        Path out = tmp.resolve("run");
        new RunService().run(request(List.of(f.toString(), RunServiceTest.TASKS), List.of("1"), List.of("oracle"), out),
                Progress.silent());
        List<JsonNode> eps = episodes(out);
        JsonNode first = eps.stream().filter(e -> e.get("task").asText().equals("weights")).findFirst().orElseThrow();
        double total = 0.3636 + 0.9 + 0.1818;
        assertThat(weights(first).values()).containsExactly(0.3636 / total, 0.9 / total, 0.1818 / total);
        List<JsonNode> tiny = eps.stream().filter(e -> !e.get("task").asText().equals("weights")).toList();
        assertThat(tiny).isNotEmpty().allSatisfy(e -> assertThat(e.get("persona").asText()).isEqualTo("p001"));
        JsonNode run = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
        assertThat(run.get("personas").toString()).isEqualTo(
                "[\"p001\",\"pd-problem_4_solheim_49b604fc\",\"pd-problem_4_arriaga_11b2fa20\"]");
    }

    @Test
    void aResumeFindsTheItemsPersonasInTheTaskFileAndEndsAsAnUninterruptedRun(@TempDir Path tmp) throws Exception {
        Path sample = PrefDiscoSample.file("personalized_medqa.jsonl");
        RunConfig whole = request(List.of(sample.toString()), List.of(), List.of("generic", "oracle"), tmp.resolve("whole"));
        new RunService().run(whole, Progress.silent());
        Path out = tmp.resolve("cut");
        new RunService().run(request(List.of(sample.toString()), List.of(), List.of("generic", "oracle"), out),
                Progress.silent());
        List<String> lines = Files.readAllLines(out.resolve(RunDirectory.EPISODES));
        Files.write(out.resolve(RunDirectory.EPISODES), lines.subList(0, 2));
        RunService.Result again = new RunService().resume(out, Progress.silent());
        assertThat(again.outcome().skipped()).isEqualTo(2);
        assertThat(again.outcome().finished()).isEqualTo(lines.size() - 2);
        assertThat(again.outcome().errors()).isZero();
        assertThat(RunServiceTest.stableLines(out)).isEqualTo(RunServiceTest.stableLines(tmp.resolve("whole")));
    }

    @Test
    void theContentHashCoversTheRubricsLevelsAndWeights(@TempDir Path tmp) throws Exception {
        String original = Files.readString(PrefDiscoSample.file("personalized_aime.jsonl"));
        Path a = tmp.resolve("a").resolve("weights.jsonl");
        Path b = tmp.resolve("b").resolve("weights.jsonl");
        Path c = tmp.resolve("c").resolve("weights.jsonl");
        for (Path p : List.of(a, b, c)) {
            Files.createDirectories(p.getParent());
        }
        Files.writeString(a, original);
        Files.writeString(b, original.replace("drifts in places", "wanders in places"));
        Files.writeString(c, original.replace("\"weight\": 0.4545", "\"weight\": 0.5"));
        RunService s = new RunService();
        List<String> hashes = new ArrayList<>();
        for (Path p : List.of(a, b, c, a)) {
            ContentResolver.Content content = ContentResolver.content(List.of(p.toString()), 0, LoadOptions.defaults(),
                    x -> { });
            hashes.add(s.contentHash(content.tasks(), content.personalized().withOwnPersonas(content.tasks(), List.of()),
                    content.personalized()));
        }
        assertThat(hashes.get(0)).isEqualTo(hashes.get(3));
        assertThat(hashes.subList(0, 3)).doesNotHaveDuplicates();
    }
}
