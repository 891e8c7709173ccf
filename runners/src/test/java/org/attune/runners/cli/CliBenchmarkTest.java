package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.personas.util.Mappers;
import org.attune.runners.PrefDiscoSample;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line around public benchmark files: run options, import, and list --json shapes. */
class CliBenchmarkTest {
    @Test
    void everyPrefDiscoFixtureValidatesAndABrokenOneNamesFileLineAndField(@TempDir Path dir) throws Exception {
        List<String> files = new java.util.ArrayList<>();
        for (String d : List.of("math500", "aime", "logiqa", "socialiqa", "commonsenseqa", "medqa", "mmlu", "scienceqa",
                "simpleqa", "mascqa", "mixed")) {
            files.add(PrefDiscoSample.file("personalized_" + d + ".jsonl").toString());
        }
        CliTest.Outcome ok = CliTest.run(java.util.stream.Stream.concat(java.util.stream.Stream.of("validate"),
                files.stream()).toArray(String[]::new));
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out().lines().filter(l -> l.startsWith("ok ") && l.contains("(prefdisco tasks: "))).hasSize(11);
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, Files.readString(PrefDiscoSample.file("personalized_socialiqa.jsonl"))
                .replace("\"label\": \"2\"", "\"label\": \"4\""));
        CliTest.Outcome v = CliTest.run("validate", bad.toString());
        assertThat(v.code()).isEqualTo(2);
        assertThat(v.err()).contains(bad + ":2: original_problem.label: index 4 is out of range for 3 options (1-based)");
        assertThat(v.err()).doesNotContain("Exception");
    }

    @Test
    void importPrefDiscoWritesFilesThatValidateAndRunAsTheFileDoes(@TempDir Path dir) throws Exception {
        Path f = PrefDiscoSample.path();
        Path out = dir.resolve("converted");
        CliTest.Outcome o = CliTest.run("import", "prefdisco", f.toString(), "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("wrote " + out.resolve("personalized_mixed.tasks.yaml") + " (10 items",
                "judge attributes)", "persona and weighted rubric per item");
        CliTest.Outcome v = CliTest.run("validate", out.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("(task set: 10 items)", "(PrefDisco persons and rubrics: 10 items)");
        CliTest.Outcome direct = CliTest.run("run", "--tasks", f.toString(), "--agent", "builtin:reference",
                "--conditions", "generic,discovery,oracle,persona_known", "--out", dir.resolve("a").toString());
        CliTest.Outcome imported = CliTest.run("run", "--tasks", out.toString(), "--agent", "builtin:reference",
                "--conditions", "generic,discovery,oracle,persona_known", "--out", dir.resolve("b").toString());
        assertThat(direct.code()).as(direct.err()).isZero();
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(direct.out()).contains("builtin:reference      persona_known", "24 episodes run (0 already done), 0 errors");
        assertThat(direct.err()).containsOnlyOnce("rough stand-in").contains("--judge");
        assertThat(org.attune.runners.engine.RunServiceTestAccess.stableLines(dir.resolve("b")))
                .isEqualTo(org.attune.runners.engine.RunServiceTestAccess.stableLines(dir.resolve("a")));
        CliTest.Outcome twice = CliTest.run("import", "prefdisco", f.toString(), "--out", out.toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("already exists");
    }

    @Test
    void importWithInvalidRecordsWritesNothingUnlessAskedToSkipThem(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("personalized_socialiqa.jsonl");
        Files.writeString(bad, Files.readString(PrefDiscoSample.file("personalized_socialiqa.jsonl"))
                .replaceFirst("\"label\": \"2\"", "\"label\": \"4\""));
        Path out = dir.resolve("converted");
        CliTest.Outcome refused = CliTest.run("import", "prefdisco", bad.toString(), "--out", out.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(bad + ":2: original_problem.label: index 4 is out of range",
                "--skip-invalid").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        CliTest.Outcome skipping = CliTest.run("import", "prefdisco", bad.toString(), "--out", out.toString(),
                "--skip-invalid");
        assertThat(skipping.code()).as(skipping.err()).isZero();
        assertThat(skipping.err()).contains("skipped: " + bad + ":2: original_problem.label");
        assertThat(skipping.out()).contains("(1 items", "1 invalid records skipped (--skip-invalid; listed above)");
        CliTest.Outcome v = CliTest.run("validate", out.toString());
        assertThat(v.code()).as(v.err()).isZero();
    }

    @Test
    void runUsesPrefDiscoRecordsDirectlyAndResumesThem(@TempDir Path dir) throws Exception {
        Path sample = PrefDiscoSample.file("personalized_logiqa.jsonl");
        Path out = dir.resolve("run");
        CliTest.Outcome o = CliTest.run("run", "--tasks", sample.toString(), "--agent", "builtin:reference",
                "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("builtin:reference      generic", "builtin:reference      discovery",
                "builtin:reference      oracle", "6 episodes run (0 already done), 0 errors");
        List<String> lines = Files.readAllLines(out.resolve("episodes.jsonl"));
        assertThat(lines).hasSize(6);
        for (String l : lines) {
            JsonNode n = Mappers.json().readTree(l);
            assertThat(n.get("persona").asText()).isEqualTo("pd-" + n.get("item").asText());
            assertThat(n.get("scores").get("criteria").findValuesAsText("attribute")).allMatch(a -> a.startsWith("pd-"));
        }
        Files.write(out.resolve("episodes.jsonl"), lines.subList(0, 4));
        CliTest.Outcome again = CliTest.run("run", "--resume", out.toString(), "-q");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("episodes.jsonl"))).hasSize(6);
    }

    @Test
    void runReadsABenchmarkFileWithTheGivenOptions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("quiz.csv");
        Files.writeString(f, "ask,one,two,three,key\nWhich is a mammal?,trout,otter,gecko,1\nWhich is a bird?,wren,eel,newt,0\n");
        Path out = dir.resolve("run");
        CliTest.Outcome o = CliTest.run("run", "--tasks", f.toString(), "--map", "question=ask,choices=one|two|three",
                "--map", "answer=key", "--domain", "knowledge", "--personas", "1", "--conditions", "generic",
                "--agent", "builtin:reference", "--out", out.toString(), "-q");
        assertThat(o.code()).as(o.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("episodes.jsonl"));
        assertThat(lines).hasSize(2);
        for (String l : lines) {
            JsonNode n = Mappers.json().readTree(l);
            assertThat(n.get("task").asText()).isEqualTo("quiz");
            assertThat(n.get("scores").get("correct").asBoolean()).isTrue();
        }
        CliTest.Outcome bad = CliTest.run("run", "--tasks", f.toString(), "--map", "colour=ask", "--answer-type", "poem",
                "--out", dir.resolve("never").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--map: unknown target \"colour\"", "--answer-type: must be number, choice, text or expression");
        assertThat(dir.resolve("never")).doesNotExist();
        assertThat(CliTest.run("run", "--help").out()).contains("--format", "--map", "--answer-type", "--labels");
    }

    @Test
    void listJsonHasTheDocumentedShapes() throws Exception {
        JsonNode personas = Mappers.json().readTree(CliTest.run("list", "personas", "--json").out());
        assertThat(personas.isArray() && personas.size() > 0).isTrue();
        personas.forEach(p -> {
            assertThat(p.get("id").isTextual() && p.get("name").isTextual()).as(p.toString()).isTrue();
            assertThat(p.get("preferences").isInt()).as(p.toString()).isTrue();
        });
        JsonNode attributes = Mappers.json().readTree(CliTest.run("list", "attributes", "--json").out());
        assertThat(attributes.size()).isPositive();
        attributes.forEach(a -> {
            assertThat(a.get("id").isTextual() && a.get("category").isTextual()).as(a.toString()).isTrue();
            assertThat(a.get("check").asText()).isIn("rules", "judge");
        });
        CliTest.Outcome t = CliTest.run("list", "tasks", "--json");
        Assumptions.assumeTrue(t.code() == 0 || !t.err().contains("index.txt: resource not found"),
                "no built-in task sets on this branch yet");
        assertThat(t.code()).as(t.err()).isZero();
        JsonNode tasks = Mappers.json().readTree(t.out());
        assertThat(tasks.size()).isPositive();
        tasks.forEach(x -> {
            assertThat(x.get("id").isTextual() && x.get("domain").isTextual()).as(x.toString()).isTrue();
            assertThat(x.get("answerType").asText()).isIn("number", "choice", "text", "expression", "open");
            assertThat(x.get("items").isInt()).as(x.toString()).isTrue();
        });
    }
}
