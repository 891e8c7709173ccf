package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.tasks.formats.LoadOptions;
import org.junit.jupiter.api.Assumptions;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs built-in agents end to end on public benchmark files read by the loaders. */
public class BenchmarkRunTest {
    /** shared/realdata: the attune.realdata property, ATTUNE_REALDATA, or ../shared/realdata; absent: skip unless CI. */
    public static Path realData(String file) {
        List<Path> candidates = new ArrayList<>();
        for (String s : new String[] {System.getProperty("attune.realdata"), System.getenv("ATTUNE_REALDATA")}) {
            if (s != null) {
                candidates.add(Path.of(s));
            }
        }
        candidates.add(Path.of(System.getProperty("attune.root", "..")).resolve("../shared/realdata"));
        Path dir = candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
        if (dir == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("real data folder is missing (CI=true); looked in " + candidates);
            }
            Assumptions.abort("real data folder is absent: " + candidates);
        }
        return dir.resolve(file);
    }

    static RunConfig request(String tasks, Path out, int limit, LoadOptions options) {
        return RunConfigs.builder().suite("quick").tasks(List.of(tasks)).personas(List.of("2"))
                .conditions(List.of("generic", "discovery", "oracle")).agents(List.of("builtin:reference", "builtin:plain"))
                .limit(limit).concurrency(2).out(out).taskOptions(options).build();
    }

    static List<JsonNode> episodes(Path out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (String l : Files.readAllLines(out.resolve(RunDirectory.EPISODES))) {
            list.add(Mappers.json().readTree(l));
        }
        return list;
    }

    @Test
    void gsm8kTestFileRunsEndToEndAndTheReferenceAgentIsAlwaysCorrect(@TempDir Path tmp) throws Exception {
        Path gsm8k = realData("gsm8k_test.jsonl");
        Path out = tmp.resolve("run");
        RunService.Result r = new RunService().run(request(gsm8k.toString(), out, 5, LoadOptions.defaults()),
                Progress.silent());
        assertThat(r.outcome().errors()).isZero();
        List<JsonNode> eps = episodes(out);
        assertThat(eps).hasSize(5 * 2 * 3 * 2);
        assertThat(eps).extracting(e -> e.get("task").asText()).containsOnly("gsm8k_test");
        assertThat(eps).extracting(e -> e.get("item").asText()).containsOnly("gsm8k-0001", "gsm8k-0002", "gsm8k-0003",
                "gsm8k-0004", "gsm8k-0005");
        assertThat(eps.get(0).get("goldAnswer").asText()).matches("\\d+");
        // personalizing never changes the extracted answer, so the reference stays correct in every condition
        assertThat(eps).filteredOn(e -> e.get("agent").asText().equals("builtin:reference"))
                .allSatisfy(e -> assertThat(e.get("scores").get("correct").asBoolean()).as(e.get("key").asText()).isTrue());
        for (String f : List.of("run.json", "summary.json", "summary.md", "junit.xml", "report/index.html")) {
            assertThat(out.resolve(f)).isRegularFile();
        }
    }

    @Test
    void skippedRecordsAreNotedAndTheReadingOptionsSurviveAResume(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("drills.jsonl");
        Files.writeString(data, String.join("\n",
                "{\"prompt\": \"What is 12 times 12?\", \"target\": \"144\"}",
                "{\"prompt\": \"What is 9 plus 10?\", \"target\": 19}",
                "{\"prompt\": \"Broken\", \"target\": ",
                "{\"prompt\": \"What is 100 minus 1?\", \"target\": \"99\"}"));
        LoadOptions strict = LoadOptions.parse(null, List.of("question=prompt", "answer=target"), "number", null, null);
        Path out = tmp.resolve("run");
        // by default the invalid record stops the run before anything is written
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RunService().run(
                        request(data.toString(), out, 0, strict), Progress.silent()))
                .isInstanceOf(org.attune.personas.InvalidInputException.class)
                .hasMessageContaining(data + ":3: truncated JSON").hasMessageContaining("--skip-invalid");
        assertThat(out).doesNotExist();
        LoadOptions options = strict.withSkipInvalid(true);
        StringWriter notes = new StringWriter();
        new RunService().run(request(data.toString(), out, 0, options),
                new Progress(new PrintWriter(notes, true), false, false));
        assertThat(notes.toString()).contains(data + ": read as generic: 3 items; 1 invalid records skipped (--skip-invalid):",
                data + ":3: truncated JSON");
        List<JsonNode> eps = episodes(out);
        assertThat(eps).hasSize(3 * 2 * 3 * 2);
        JsonNode run = Mappers.json().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("settings").get("skippedInvalidRecords").asInt()).isEqualTo(1);
        assertThat(run.get("settings").get("taskFormat").get("skipInvalid").asBoolean()).isTrue();
        assertThat(run.get("settings").get("taskFormat").get("map").toString()).contains("answer=target", "question=prompt");
        List<String> lines = Files.readAllLines(out.resolve(RunDirectory.EPISODES));
        Files.write(out.resolve(RunDirectory.EPISODES), lines.subList(0, 10));
        RunService.Result again = new RunService().resume(out, Progress.silent());
        assertThat(again.outcome().finished()).isEqualTo(lines.size() - 10);
        assertThat(episodes(out)).hasSize(lines.size());
    }
}
