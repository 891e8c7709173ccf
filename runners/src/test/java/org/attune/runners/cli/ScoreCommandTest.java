package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune score}: offline re-scoring reproduces the run's scores, repairs scoring errors, and never plays again. */
class ScoreCommandTest {
    @TempDir
    Path tmp;

    Path src;

    @BeforeEach
    void smallRun() {
        src = tmp.resolve("run");
        CliTest.Outcome o = CliTest.run("run", "-q", "--tasks", "formal-logic", "--limit", "2", "--personas", "2",
                "--out", src.toString());
        assertThat(o.code()).as(o.err()).isZero();
    }

    private static Map<String, JsonNode> byKey(Path dir) throws Exception {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String l : Files.readAllLines(dir.resolve(RunDirectory.EPISODES))) {
            JsonNode n = Mappers.json().readTree(l);
            out.put(n.get("key").asText(), n);
        }
        return out;
    }

    @Test
    void rescoringWithTheSameBuiltInJudgeReproducesEveryScoreAndLeavesTheSourceAlone() throws Exception {
        byte[] before = Files.readAllBytes(src.resolve(RunDirectory.EPISODES));
        Path out = tmp.resolve("rescored");
        CliTest.Outcome o = CliTest.run("score", src.toString(), "--judge", "builtin:judge", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("re-scored 24 of 24 episodes", "report:");
        assertThat(Files.readAllBytes(src.resolve(RunDirectory.EPISODES))).isEqualTo(before);

        Map<String, JsonNode> a = byKey(src);
        Map<String, JsonNode> b = byKey(out);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet()); // same lines, same order
        for (String k : a.keySet()) {
            assertThat(b.get(k).get("scores")).as(k).isEqualTo(a.get(k).get("scores"));
            assertThat(b.get(k).get("turns")).isEqualTo(a.get(k).get("turns"));
        }
        JsonNode run = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile());
        assertThat(run.get("judge").asText()).isEqualTo("builtin:judge");
        assertThat(run.at("/settings/rescoredFrom/dir").asText()).isEqualTo(src.toAbsolutePath().normalize().toString());
        assertThat(run.get("id").asText()).isEqualTo("rescored");
        assertThat(Mappers.json().readTree(out.resolve(RunDirectory.SUMMARY_JSON).toFile()).get("groups"))
                .isEqualTo(Mappers.json().readTree(src.resolve(RunDirectory.SUMMARY_JSON).toFile()).get("groups"));
        assertThat(out.resolve(RunDirectory.REPORT_DIR).resolve("index.html")).isRegularFile();

        // the same command again continues (here: nothing left), a different judge into the same folder is refused
        CliTest.Outcome again = CliTest.run("score", src.toString(), "--judge", "builtin:judge", "--out", out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("re-scored 0 of 24 episodes", "24 already done");
        assertThat(Files.readAllLines(out.resolve(RunDirectory.EPISODES))).hasSize(24);
    }

    @Test
    void scoringErrorsAreRepairedAndEpisodesWithoutAResponseAreCopied() throws Exception {
        Path journal = src.resolve(RunDirectory.EPISODES);
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (String l : Files.readAllLines(journal)) {
            ObjectNode n = (ObjectNode) Mappers.json().readTree(l);
            if (i == 0) { // the judge failed after the agent answered
                n.putObject("error").put("kind", "InvalidJudgementException").put("message", "score 9");
                n.putNull("scores");
            } else if (i == 1) { // the agent never answered
                n.putObject("error").put("kind", "ModelCallException").put("message", "HTTP 503");
                n.putNull("scores");
                n.putNull("response");
            }
            lines.add(Mappers.json().writeValueAsString(n));
            i++;
        }
        Files.write(journal, lines);
        Path out = tmp.resolve("repaired");
        CliTest.Outcome o = CliTest.run("score", src.toString(), "--out", out.toString(), "-q");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("re-scored 23 of 24 episodes (1 without a response copied as they were");
        List<JsonNode> after = new ArrayList<>(byKey(out).values());
        assertThat(after.get(0).get("error").isNull()).isTrue();
        assertThat(after.get(0).at("/scores/alignment").isNumber()).isTrue();
        assertThat(after.get(1).at("/error/message").asText()).isEqualTo("HTTP 503");
        assertThat(after.stream().filter(n -> !n.get("error").isNull())).hasSize(1);
    }

    @Test
    void refusesChangedContentAndItsOwnSource() throws Exception {
        Path journal = src.resolve(RunDirectory.EPISODES);
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        ObjectNode n = (ObjectNode) Mappers.json().readTree(lines.get(3));
        n.put("goldAnswer", "something else");
        lines.set(3, Mappers.json().writeValueAsString(n));
        Files.write(journal, lines);
        CliTest.Outcome o = CliTest.run("score", src.toString(), "--out", tmp.resolve("x").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(journal + ": key \"" + n.get("key").asText()
                + "\": its item's question or answer changed since the run").doesNotContain("\tat ");
        assertThat(tmp.resolve("x")).doesNotExist();

        CliTest.Outcome self = CliTest.run("score", src.toString(), "--out", src.toString());
        assertThat(self.code()).isEqualTo(2);
        assertThat(self.err()).contains("--out: must be a new directory");
        CliTest.Outcome none = CliTest.run("score", tmp.resolve("nothing").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("not a run directory");
    }
}
