package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The gate and sharding on real runs of the offline suite (issue: gate regressions in CI). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GateAndShardTest {
    @TempDir
    static Path tmp;
    static final String[] BASE = {"run", "-q", "--tasks", "arithmetic-word-problems,formal-logic", "--limit", "8",
        "--personas", "8", "--seed", "3"};

    static CliTest.Outcome attune(String... args) {
        return CliTest.run(args);
    }

    static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @BeforeAll
    void runs() {
        assertThat(attune(with(BASE, "--agent", "builtin:reference", "--out", tmp.resolve("a").toString())).code()).isZero();
        assertThat(attune(with(BASE, "--agent", "builtin:reference", "--out", tmp.resolve("b").toString())).code()).isZero();
        assertThat(attune(with(BASE, "--agent", "builtin:plain", "--out", tmp.resolve("plain").toString())).code()).isZero();
    }

    @Test
    void identicalRunsPassWithNoSignificantChange() {
        CliTest.Outcome o = attune("gate", "--baseline", tmp.resolve("a").toString(), "--candidate", tmp.resolve("b").toString(),
                "--out", tmp.resolve("gate-ab").toString());
        assertThat(o.code()).as(o.out() + o.err()).isZero();
        assertThat(o.out()).contains("no significant change").doesNotContain("regression ");
        assertThat(tmp.resolve("gate-ab/gate.md")).isRegularFile();
        assertThat(tmp.resolve("gate-ab/gate.json")).isRegularFile();
        assertThat(tmp.resolve("gate-ab/gate-junit.xml")).isRegularFile();
    }

    @Test
    void aWorseAgentFailsTheGateNamingMetricAndAttributes() throws Exception {
        CliTest.Outcome o = attune("gate", "--baseline", tmp.resolve("a").toString(), "--candidate",
                tmp.resolve("plain").toString(), "--agent-map", "builtin:reference=builtin:plain",
                "--out", tmp.resolve("gate-plain").toString());
        assertThat(o.code()).as(o.out() + o.err()).isEqualTo(1);
        String md = Files.readString(tmp.resolve("gate-plain/gate.md"));
        assertThat(md.toLowerCase()).contains("regression").contains("alignment");
        JsonNode gate = Mappers.json().readTree(tmp.resolve("gate-plain/gate.json").toFile());
        assertThat(gate.toString()).contains("regression");
    }

    @Test
    void aTinyPerturbationDoesNotFail() throws Exception {
        Path c = copyRun(tmp.resolve("a"), tmp.resolve("noisy"));
        Path journal = c.resolve(RunDirectory.EPISODES);
        List<String> out = new ArrayList<>();
        java.util.Random r = new java.util.Random(1);
        for (String line : Files.readAllLines(journal)) {
            ObjectNode n = (ObjectNode) Mappers.json().readTree(line);
            ObjectNode s = (ObjectNode) n.get("scores");
            s.put("alignment", s.get("alignment").asDouble() + (r.nextDouble() - 0.5) * 0.02);
            out.add(Mappers.json().writeValueAsString(n));
        }
        Files.write(journal, out);
        CliTest.Outcome o = attune("gate", "--baseline", tmp.resolve("a").toString(), "--candidate", c.toString(),
                "--out", tmp.resolve("gate-noisy").toString());
        assertThat(o.code()).as(o.out() + o.err()).isZero();
    }

    @Test
    void aDifferentJudgeIsNotComparableAndBadDirectoriesAreInputErrors() throws Exception {
        Path c = copyRun(tmp.resolve("a"), tmp.resolve("otherjudge"));
        ObjectNode run = (ObjectNode) Mappers.json().readTree(c.resolve("run.json").toFile());
        run.put("judge", "openai:judge-model");
        Files.writeString(c.resolve("run.json"), Mappers.json().writeValueAsString(run));
        CliTest.Outcome o = attune("gate", "--baseline", tmp.resolve("a").toString(), "--candidate", c.toString(),
                "--out", tmp.resolve("gate-judge").toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.out() + o.err()).contains("judge");
        CliTest.Outcome missing = attune("gate", "--baseline", tmp.resolve("nope").toString(), "--candidate", c.toString());
        assertThat(missing.code()).isEqualTo(2);
        Path corrupt = copyRun(tmp.resolve("a"), tmp.resolve("corrupt"));
        Files.writeString(corrupt.resolve(RunDirectory.EPISODES), "{\"schema\": \"attune.episode/v1\", \"key\": 3,\n");
        CliTest.Outcome bad = attune("gate", "--baseline", tmp.resolve("a").toString(), "--candidate", corrupt.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("episodes.jsonl").doesNotContain("\tat ");
    }

    @Test
    void fourShardsMergedEqualTheUnshardedRun() throws Exception {
        List<String> dirs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String d = tmp.resolve("shard" + i).toString();
            assertThat(attune(with(BASE, "--agent", "builtin:reference", "--shard", i + "/4", "--out", d)).code()).isZero();
            dirs.add(d);
        }
        List<String> merge = new ArrayList<>(List.of("merge"));
        merge.addAll(dirs);
        merge.addAll(List.of("--out", tmp.resolve("merged").toString()));
        CliTest.Outcome m = attune(merge.toArray(String[]::new));
        assertThat(m.code()).as(m.err()).isZero();
        JsonNode merged = Mappers.json().readTree(tmp.resolve("merged/summary.json").toFile());
        JsonNode whole = Mappers.json().readTree(tmp.resolve("a/summary.json").toFile());
        assertThat(merged.get("groups")).isEqualTo(whole.get("groups"));
        assertThat(merged.get("byAttribute")).isEqualTo(whole.get("byAttribute"));
        // overlapping shards are refused
        CliTest.Outcome overlap = attune("merge", dirs.get(0), dirs.get(0), "--out", tmp.resolve("m2").toString());
        assertThat(overlap.code()).isEqualTo(2);
        assertThat(overlap.err()).contains("shard 1/4 is given twice");
    }

    @Test
    void aMergeThatFailsWritingTheJournalLeavesNoRunAndCanBeRunAgain() throws Exception {
        List<String> dirs = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            String d = tmp.resolve("half" + i).toString();
            assertThat(attune(with(BASE, "--agent", "builtin:reference", "--shard", i + "/2", "--out", d)).code()).isZero();
            dirs.add(d);
        }
        Path out = tmp.resolve("merged-after-failure");
        // the journal's name is taken by a folder that is not empty: its write fails, as a full disk's would
        Path blocked = java.nio.file.Files.createDirectories(out.resolve("episodes.jsonl"));
        java.nio.file.Files.writeString(blocked.resolve("x"), "x");
        List<String> merge = new ArrayList<>(List.of("merge"));
        merge.addAll(dirs);
        merge.addAll(List.of("--out", out.toString()));
        CliTest.Outcome failed = attune(merge.toArray(String[]::new));
        assertThat(failed.code()).isEqualTo(2);
        assertThat(failed.err()).contains("episodes.jsonl").doesNotContain("\tat ");
        assertThat(out.resolve("run.json")).as("no run.json beside a journal that is not whole: no reader takes it for a run")
                .doesNotExist();
        try (var files = java.nio.file.Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        java.nio.file.Files.delete(blocked.resolve("x"));
        java.nio.file.Files.delete(blocked);
        CliTest.Outcome again = attune(merge.toArray(String[]::new));
        assertThat(again.code()).as(again.err()).isZero();
        JsonNode merged = Mappers.json().readTree(out.resolve("summary.json").toFile());
        assertThat(merged.get("episodes").asInt()).isEqualTo(
                java.nio.file.Files.readAllLines(out.resolve("episodes.jsonl")).size()).isPositive();
    }

    static Path copyRun(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        for (String f : List.of("run.json", "episodes.jsonl")) {
            Files.copy(from.resolve(f), to.resolve(f));
        }
        return to;
    }
}
