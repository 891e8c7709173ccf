package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.evaluator.ElicitationSummary;
import org.attune.evaluator.Summary;
import org.attune.personas.util.Mappers;
import org.attune.runners.PrefDiscoSample;
import org.attune.tasks.formats.LoadOptions;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PEP on PrefDisco records: priors from the file's own problems, fitted on the problems other than the one
 * played. The file pairs each of the sample's problems with two of its people, as PrefDisco pairs
 * problems with many personas ({@code problem_<i>_persona_<j>} ids), so a person's criteria recur across problems.
 */
class PepPrefDiscoRunTest {
    /** The sample's records re-paired: problem i with person i and person i+1 (mod the number of records). */
    static Path pairedFile(Path dir) throws Exception {
        List<ObjectNode> records = new ArrayList<>();
        String metadata = null;
        for (String line : Files.readAllLines(PrefDiscoSample.path())) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode n = (ObjectNode) Mappers.json().readTree(line);
            if ("metadata".equals(n.path("type").asText())) {
                metadata = line;
            } else if (!n.path("original_problem").has("image")) { // its image file stays beside the sample
                records.add(n);
            }
        }
        List<String> out = new ArrayList<>();
        if (metadata != null) {
            out.add(metadata);
        }
        for (int i = 0; i < records.size(); i++) {
            for (int k = 0; k < 2; k++) {
                ObjectNode person = records.get((i + k) % records.size());
                ObjectNode r = records.get(i).deepCopy();
                r.put("problem_id", "problem_" + i + "_persona_" + ((i + k) % records.size()));
                r.set("persona", person.get("persona"));
                r.set("persona_preferences", person.get("persona_preferences"));
                r.set("evaluation_rubric", person.get("evaluation_rubric"));
                out.add(Mappers.json().writeValueAsString(r));
            }
        }
        Path file = dir.resolve("prefdisco-paired.jsonl");
        Files.write(file, out);
        return file;
    }

    @Test
    void pepAsksAboutCriteriaHeldInOtherProblemsAndNeverFitsOnTheProblemPlayed(@TempDir Path tmp) throws Exception {
        Path file = pairedFile(tmp);
        var content = ContentResolver.content(List.of(file.toString()), 0, LoadOptions.defaults(), s -> { });
        List<org.attune.runners.agents.pep.HeldCriteria> held = content.personalized().held();
        assertThat(held).hasSizeGreaterThanOrEqualTo(6);
        assertThat(held.stream().map(h -> h.group()).distinct().count()).isEqualTo(held.size() / 2);

        RunConfig req = RunConfigs.builder().suite("quick").tasks(List.of(file.toString()))
                .conditions(List.of("generic", "discovery@2", "oracle")).agents(List.of("builtin:pep", "builtin:pep@random"))
                .limit(0).concurrency(2).out(tmp.resolve("run")).build();
        Summary summary = new RunService().run(req, Progress.silent()).summary();
        assertThat(summary.errors()).isZero();

        Map<String, String> groupOfItem = new HashMap<>();
        Map<String, Set<String>> criteriaOfGroup = new HashMap<>();
        for (var h : held) {
            groupOfItem.put(h.item(), h.group());
            criteriaOfGroup.computeIfAbsent(h.group(), g -> new HashSet<>()).addAll(h.criteria());
        }
        int targeted = 0;
        for (String line : Files.readAllLines(tmp.resolve("run/episodes.jsonl"))) {
            JsonNode e = Mappers.json().readTree(line);
            if (!e.path("condition").asText().equals("discovery@2")) {
                continue;
            }
            assertThat(e.path("scores").path("questions").asInt()).isPositive();
            String group = groupOfItem.get(e.path("item").asText());
            Set<String> elsewhere = new HashSet<>();
            criteriaOfGroup.forEach((g, c) -> {
                if (!g.equals(group)) {
                    elsewhere.addAll(c);
                }
            });
            // whatever the agent acted on comes from the other problems' records
            for (JsonNode p : e.path("predictedProfile")) {
                assertThat(elsewhere).as(e.path("key").asText()).contains(p.path("attribute").asText());
            }
            targeted += e.path("scores").path("recall").asDouble() > 0 ? 1 : 0;
        }
        assertThat(targeted).as("episodes where a question reached an active criterion").isPositive();
        List<ElicitationSummary> curves = summary.elicitation();
        assertThat(curves).extracting(ElicitationSummary::agent).containsExactly("builtin:pep", "builtin:pep@random");
        assertThat(curves.get(0).profileRecall()).isNotNull();
    }
}
