package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Mappers;
import org.attune.runners.config.RunConfig;
import org.attune.runners.learners.ContextEmbedding;
import org.attune.runners.learners.Learners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongitudinalServiceTest {
    static final List<String> TASKS = List.of(RunServiceTest.TASKS, "formal-logic");
    /** Word counts in 16 buckets: cheap, deterministic, enough to tell the two task sets apart. */
    static final ContextEmbedding WORDS = text -> {
        float[] v = new float[16];
        for (String w : text.toLowerCase().split("\\W+")) {
            v[Math.floorMod(w.hashCode(), 16)]++;
        }
        return v;
    };

    static RunConfigBuilder request(Path out, int concurrency, long seed) {
        return RunConfigs.builder().suite(LongitudinalService.DEFAULT_SUITE).tasks(TASKS).personas(List.of("2"))
                .agents(List.of("builtin:reference")).prefsPerItem(3).seed(seed).concurrency(concurrency).out(out);
    }

    static RunService.Result run(Path out, int concurrency, long seed, int rounds) {
        return new LongitudinalService(new StopSignal(), Map.of(), WORDS).run(request(out, concurrency, seed)
                .longitudinal(rounds, Learners.DEFAULT).build(), Progress.silent());
    }

    @Test
    void everyRoundIsOneJournalLineKeyedByLearnerAndRound(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        RunService.Result r = run(out, 2, 0, 12);
        assertThat(r.outcome().finished()).isEqualTo(2 * 6 * 12);
        assertThat(r.outcome().errors()).isZero();
        List<String> lines = Files.readAllLines(out.resolve(RunDirectory.EPISODES));
        assertThat(lines).hasSize(2 * 6 * 12);
        Set<String> keys = new HashSet<>();
        Map<String, String> itemAtRound = new HashMap<>();
        for (String l : lines) {
            JsonNode n = Mappers.json().readTree(l);
            String learner = n.get("learner").asText();
            int round = n.get("round").asInt();
            assertThat(n.get("condition").asText()).isEqualTo("longitudinal");
            assertThat(n.get("agent").asText()).isEqualTo(learner);
            assertThat(n.get("key").asText()).isEqualTo(String.join("|", n.get("task").asText(),
                    n.get("item").asText(), n.get("persona").asText(), learner, String.valueOf(round)));
            assertThat(keys.add(n.get("key").asText())).isTrue();
            assertThat(n.get("turns")).isEmpty();
            assertThat(n.get("scores").get("editCost").isInt()).isTrue();
            assertThat(n.has("inferred")).isTrue();
            // every learner meets the same item in the same round of a persona's stream
            String at = n.get("persona").asText() + "|" + round;
            String item = n.get("task").asText() + "|" + n.get("item").asText();
            assertThat(itemAtRound.computeIfAbsent(at, k -> item)).isEqualTo(item);
            // the preferences are fixed per task set and drawn among rules attributes only
            for (JsonNode p : n.get("preferences")) {
                assertThat(org.attune.personas.AttributeCatalog.builtin().get(p.get("attribute").asText()).isRules())
                        .isTrue();
            }
        }
        assertThat(itemAtRound.values().stream().map(s -> s.split("\\|")[0]).distinct()).hasSize(2);
        JsonNode summary = Mappers.json().readTree(out.resolve(RunDirectory.SUMMARY_JSON).toFile());
        JsonNode longitudinal = summary.get("longitudinal");
        assertThat(longitudinal.get("learners")).hasSize(6);
        assertThat(longitudinal.get("learners").get(0).get("learner").asText()).isEqualTo("none");
        assertThat(longitudinal.get("learners").get(0).get("cumulative")).hasSize(12);
        JsonNode run = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
        assertThat(run.get("mode").asText()).isEqualTo("longitudinal");
        assertThat(run.get("settings").get("rounds").asInt()).isEqualTo(12);
        assertThat(run.get("counts").get("finished").asInt()).isEqualTo(144);
        assertThat(out.resolve("report/index.html")).isRegularFile();
        assertThat(new RunDirectory(out).readSummary().longitudinal()).isEqualTo(r.summary().longitudinal());
    }

    @Test
    void sameSeedSameRoundsWhateverTheConcurrencyAndResumeContinuesWhereItStopped(@TempDir Path tmp)
            throws Exception {
        run(tmp.resolve("a"), 1, 3, 10);
        run(tmp.resolve("b"), 4, 3, 10);
        assertThat(RunServiceTest.stableLines(tmp.resolve("a"))).isEqualTo(RunServiceTest.stableLines(tmp.resolve("b")));
        run(tmp.resolve("c"), 2, 4, 10);
        assertThat(RunServiceTest.stableLines(tmp.resolve("c"))).isNotEqualTo(RunServiceTest.stableLines(tmp.resolve("a")));

        // cut the journal of b to its first 50 lines plus half a line, then resume
        Path journal = tmp.resolve("b").resolve(RunDirectory.EPISODES);
        List<String> lines = Files.readAllLines(journal);
        Files.writeString(journal, String.join("\n", lines.subList(0, 50)) + "\n" + lines.get(50).substring(0, 40));
        RunService.Result resumed = new LongitudinalService(new StopSignal(), Map.of(), WORDS).resume(tmp.resolve("b"),
                Progress.silent());
        assertThat(resumed.outcome().skipped()).isEqualTo(50);
        assertThat(resumed.outcome().finished()).isEqualTo(120 - 50);
        assertThat(RunServiceTest.stableLines(tmp.resolve("b"))).isEqualTo(RunServiceTest.stableLines(tmp.resolve("a")));
        assertThat(resumed.summary().longitudinal()).isNotNull();

        // attune run --resume goes through RunService, which hands a longitudinal run over
        RunService.Result again = new RunService().resume(tmp.resolve("b"), Progress.silent());
        assertThat(again.outcome().finished()).isZero();
        assertThat(again.outcome().skipped()).isEqualTo(120);
    }

    @Test
    void optionsOfTheEpisodesModeAreRefusedWithNamedProblems(@TempDir Path tmp) {
        // (--conditions has no place in the longitudinal mode's configuration; the command line refuses it)
        RunConfig bad = request(tmp.resolve("x"), 1, 0).agents(List.of("builtin:reference", "builtin:plain"))
                .epochs(2).shard("1/2").longitudinal(0, List.of("cipher-5", "telepathy")).build();
        InvalidInputException e = catchThrowableOfType(() -> new LongitudinalService(new StopSignal(), Map.of(), WORDS)
                .run(bad, Progress.silent()), InvalidInputException.class);
        assertThat(e.problems()).hasSize(5)
                .anyMatch(p -> p.startsWith("--agent:"))
                .anyMatch(p -> p.startsWith("--epochs:"))
                .anyMatch(p -> p.startsWith("--shard:"))
                .anyMatch(p -> p.startsWith("--rounds:"))
                .anyMatch(p -> p.contains("\"telepathy\""));
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
