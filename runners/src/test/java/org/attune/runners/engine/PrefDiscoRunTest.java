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
import org.attune.evaluator.CriterionScore;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.internal.Mappers;
import org.attune.runners.PrefDiscoSample;
import org.attune.tasks.formats.LoadOptions;
import org.attune.tasks.formats.PrefDiscoItem;
import org.attune.tasks.formats.TaskFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PrefDisco records given directly to a run: each item with its own persona and weighted rubric. */
class PrefDiscoRunTest {
    /** Two records: rubric weights that do not sum to 1, and one criterion name reused with other levels. */
    static final String TWO_RECORDS = String.join("\n",
            "{\"type\": \"metadata\", \"name\": \"weights\", \"dataset\": \"arithmetic\"}",
            record("w-1", "What is 6 times 7?", "42", "Brevity", 2, "A page.", "Roomy.", "One line.",
                    "Worked steps", 6, "No steps.", "Some steps.", "Every step."),
            record("w-2", "What is 10 minus 3?", "7", "Brevity", 1, "An essay.", "A paragraph.", "A sentence.", null, 0,
                    null, null, null));

    static String record(String id, String question, String answer, String c1, double w1, String a1, String b1,
                         String d1, String c2, double w2, String a2, String b2, String d2) {
        String second = c2 == null ? "" : ", " + criterion(c2, w2, a2, b2, d2);
        return "{\"type\": \"personalized_problem\", \"problem_id\": \"" + id + "\", \"original_problem\": {\"question\": \""
                + question + "\", \"answer\": \"" + answer + "\"}, \"persona\": \"Noor, 33, a surveyor.\","
                + " \"evaluation_rubric\": {\"evaluation_criteria\": [" + criterion(c1, w1, a1, b1, d1) + second + "]}}";
    }

    private static String criterion(String name, double weight, String one, String three, String five) {
        return "{\"preference\": \"" + name + "\", \"weight\": " + weight + ", \"levels\": {\"1\": \"" + one
                + "\", \"3\": \"" + three + "\", \"5\": \"" + five + "\"}}";
    }

    static RunRequest request(List<String> tasks, List<String> personas, List<String> conditions, Path out) {
        return new RunRequest("quick", tasks, personas, conditions, List.of("builtin:reference"), Components.BUILTIN_USER,
                "passive", Components.BUILTIN_JUDGE, Components.BUILTIN_EDITOR, 5, 5, 0, 1, 0, 2, 0.25, out, null,
                LoadOptions.defaults());
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
    void eachItemIsPlayedWithExactlyItsOwnPersonaAndJudgedOnItsRubric(@TempDir Path tmp) throws Exception {
        Path sample = PrefDiscoSample.path();
        Path out = tmp.resolve("run");
        // --personas names library personas: PrefDisco items ignore them
        RunService.Result r = new RunService().run(request(List.of(sample.toString()), List.of("3"),
                List.of("generic", "discovery", "oracle"), out), Progress.silent());
        assertThat(r.outcome().errors()).isZero();
        List<PrefDiscoItem> rubrics = TaskFormats.load(sample, LoadOptions.defaults()).personalized();
        List<JsonNode> eps = episodes(out);
        assertThat(eps).hasSize(3 * 3);
        for (PrefDiscoItem rubric : rubrics) {
            List<JsonNode> mine = eps.stream().filter(e -> e.get("item").asText().equals(rubric.itemId())).toList();
            assertThat(mine).hasSize(3).allSatisfy(e -> {
                assertThat(e.get("persona").asText()).isEqualTo("pd-" + rubric.itemId());
                double total = rubric.criteria().stream().mapToDouble(PrefDiscoItem.Criterion::weight).sum();
                Map<String, Double> w = weights(e);
                assertThat(w.keySet()).containsExactlyElementsOf(
                        rubric.criteria().stream().map(PrefDiscoItem.Criterion::id).toList());
                rubric.criteria().forEach(c -> assertThat(w.get(c.id())).isCloseTo(c.weight() / total, within(1e-12)));
                assertThat(e.get("preferences").findValuesAsText("value")).containsOnly("5");
                List<String> scored = e.get("scores").get("criteria").findValuesAsText("attribute");
                assertThat(scored).containsExactlyElementsOf(w.keySet());
                // offline, the rubric's criteria are judge attributes scored by the cue heuristic
                assertThat(e.get("scores").get("criteria").findValuesAsText("kind")).containsOnly(CriterionScore.HEURISTIC);
                assertThat(e.get("scores").get("correct").asBoolean()).isTrue();
            });
        }
        JsonNode run = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
        List<String> personas = new ArrayList<>();
        run.get("personas").forEach(p -> personas.add(p.asText()));
        assertThat(personas).containsExactly("pd-pd-sample-001", "pd-pd-sample-002", "pd-pd-sample-003");
        JsonNode byAttribute = Mappers.json().readTree(out.resolve("summary.json").toFile()).get("byAttribute");
        assertThat(byAttribute.findValuesAsText("id")).contains("pd-hand-checkable-arithmetic", "pd-rates-as-schedules");
    }

    @Test
    void weightsAreNormalizedAsGivenAndOtherItemsStillUseTheChosenPersonas(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("weights.jsonl");
        Files.writeString(f, TWO_RECORDS);
        Path out = tmp.resolve("run");
        new RunService().run(request(List.of(f.toString(), RunServiceTest.TASKS), List.of("1"), List.of("oracle"), out),
                Progress.silent());
        List<JsonNode> eps = episodes(out);
        JsonNode w1 = eps.stream().filter(e -> e.get("item").asText().equals("w-1")).findFirst().orElseThrow();
        assertThat(weights(w1)).containsExactly(Map.entry("pd-brevity", 0.25), Map.entry("pd-worked-steps", 0.75));
        JsonNode w2 = eps.stream().filter(e -> e.get("item").asText().equals("w-2")).findFirst().orElseThrow();
        // the same name with other levels is another attribute
        assertThat(weights(w2)).containsExactly(Map.entry("pd-brevity-2", 1.0));
        List<JsonNode> tiny = eps.stream().filter(e -> !e.get("task").asText().equals("weights")).toList();
        assertThat(tiny).isNotEmpty().allSatisfy(e -> assertThat(e.get("persona").asText()).isEqualTo("p001"));
        assertThat(eps.stream().filter(e -> e.get("task").asText().equals("weights")))
                .extracting(e -> e.get("persona").asText()).containsExactlyInAnyOrder("pd-w-1", "pd-w-2");
        JsonNode run = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
        assertThat(run.get("personas").toString()).isEqualTo("[\"p001\",\"pd-w-1\",\"pd-w-2\"]");
    }

    @Test
    void aResumeFindsTheItemsPersonasInTheTaskFileAndEndsAsAnUninterruptedRun(@TempDir Path tmp) throws Exception {
        Path sample = PrefDiscoSample.path();
        RunRequest whole = request(List.of(sample.toString()), List.of(), List.of("generic", "oracle"), tmp.resolve("whole"));
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
        Path a = tmp.resolve("a").resolve("weights.jsonl");
        Path b = tmp.resolve("b").resolve("weights.jsonl");
        Path c = tmp.resolve("c").resolve("weights.jsonl");
        for (Path p : List.of(a, b, c)) {
            Files.createDirectories(p.getParent());
        }
        Files.writeString(a, TWO_RECORDS);
        Files.writeString(b, TWO_RECORDS.replace("Every step.", "Each step."));
        Files.writeString(c, TWO_RECORDS.replace("\"weight\": 6.0", "\"weight\": 7.0"));
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
