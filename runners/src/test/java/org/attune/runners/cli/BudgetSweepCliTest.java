package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code --budgets}: discovery once per budget, PEP agents side by side, curves in summary, report and gate. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetSweepCliTest {
    @TempDir
    static Path tmp;
    static final String[] BASE = {"run", "-q", "--tasks", "arithmetic-word-problems", "--limit", "3", "--personas", "3",
        "--agent", "builtin:pep,builtin:pep@random,builtin:reference", "--budgets", "0,1,2"};

    static String[] with(String... more) {
        List<String> all = new ArrayList<>(List.of(BASE));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @BeforeAll
    void runs() {
        for (String name : List.of("a", "b")) {
            CliTest.Outcome o = CliTest.run(with("--out", tmp.resolve(name).toString()));
            assertThat(o.code()).as(o.out() + o.err()).isZero();
        }
    }

    @Test
    void eachBudgetIsItsOwnConditionInKeysAndRunJson() throws Exception {
        List<Episode> eps = new RunDirectory(tmp.resolve("a")).readEpisodes();
        assertThat(eps).extracting(Episode::condition).containsOnly("generic", "discovery@0", "discovery@1",
                "discovery@2", "oracle");
        for (Episode e : eps) {
            assertThat(e.key()).contains("|" + e.condition() + "|" + e.agent() + "|");
            if (e.condition().startsWith("discovery@")) {
                int budget = Integer.parseInt(e.condition().substring("discovery@".length()));
                assertThat(e.scores().questions()).as(e.key()).isLessThanOrEqualTo(budget);
                if (e.agent().startsWith("builtin:pep")) {
                    assertThat(e.scores().questions()).as(e.key()).isEqualTo(budget);
                }
            }
        }
        JsonNode run = Mappers.json().readTree(tmp.resolve("a/run.json").toFile());
        assertThat(run.path("conditions").toString()).contains("discovery@0", "discovery@2").doesNotContain("\"discovery\"");
    }

    @Test
    void pepEpisodesRecordTheProfileTheyActedOn() throws Exception {
        List<String> lines = Files.readAllLines(tmp.resolve("a/episodes.jsonl"));
        for (String line : lines) {
            JsonNode e = Mappers.json().readTree(line);
            boolean pepDiscovery = e.path("agent").asText().startsWith("builtin:pep")
                    && e.path("condition").asText().startsWith("discovery@");
            assertThat(e.has("predictedProfile")).as(e.path("key").asText()).isEqualTo(pepDiscovery);
            if (pepDiscovery) {
                assertThat(e.path("predictedProfile").get(0).has("source")).isTrue();
            }
        }
    }

    @Test
    void summaryReportAndMarkdownCarryTheCurves() throws Exception {
        JsonNode s = Mappers.json().readTree(tmp.resolve("a/summary.json").toFile());
        JsonNode el = s.path("elicitation");
        assertThat(el.size()).isEqualTo(9);
        for (JsonNode row : el) {
            assertThat(row.path("episodes").asInt()).isEqualTo(9);
            assertThat(row.path("recall").has("lo")).isTrue();
            assertThat(row.path("alignment").path("hi").asDouble()).isGreaterThanOrEqualTo(row.path("alignment")
                    .path("lo").asDouble());
            boolean pep = row.path("agent").asText().startsWith("builtin:pep");
            assertThat(row.path("profileRecall").isNumber()).as(row.toString()).isEqualTo(pep);
        }
        assertThat(el.get(0).path("budget").asInt()).isZero();
        String html = Files.readString(tmp.resolve("a/report/index.html"));
        assertThat(html).contains("data-chart=\"elicitation-alignment\"", "data-chart=\"elicitation-recall\"");
        String md = Files.readString(tmp.resolve("a/summary.md"));
        assertThat(md).contains("Elicitation efficiency").contains("| builtin:pep@random | 2 | 9 |");
    }

    @Test
    void theGateComparesEachBudgetLikeAnyCondition() throws Exception {
        CliTest.Outcome o = CliTest.run("gate", "--baseline", tmp.resolve("a").toString(), "--candidate",
                tmp.resolve("b").toString(), "--out", tmp.resolve("gate").toString());
        assertThat(o.code()).as(o.out() + o.err()).isZero();
        String json = Files.readString(tmp.resolve("gate/gate.json"));
        assertThat(json).contains("\"discovery@0\"", "\"discovery@1\"", "\"discovery@2\"");
    }

    @Test
    void aResumeKeepsTheSweep() {
        CliTest.Outcome o = CliTest.run("run", "-q", "--resume", tmp.resolve("b").toString());
        assertThat(o.code()).as(o.out() + o.err()).isZero();
        assertThat(o.out()).contains("discovery@2").contains("0 episodes run");
    }

    @Test
    void badSweepsAreInputErrors() {
        CliTest.Outcome o = CliTest.run("run", "-q", "--budgets", "1,x", "--out", tmp.resolve("x").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--budgets").contains("\"x\"").doesNotContain("Exception");
        o = CliTest.run("run", "-q", "--budgets", "1", "--conditions", "generic", "--out", tmp.resolve("y").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("add discovery to --conditions");
        o = CliTest.run("run", "-q", "--agent", "builtin:pep@greedy", "--out", tmp.resolve("z").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("unknown PEP strategy \"greedy\"");
        o = CliTest.run("run", "-q", "--mode", "longitudinal", "--budgets", "1", "--out", tmp.resolve("w").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--budgets").contains("longitudinal");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
