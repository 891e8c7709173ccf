package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.personas.internal.Mappers;
import org.attune.runners.PrefDiscoSample;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line around public benchmark files: run options, import, and list --json shapes. */
class CliBenchmarkTest {
    private static final String PREFDISCO = String.join("\n",
            "{\"type\": \"metadata\", \"name\": \"cli-sample\", \"dataset\": \"arithmetic\"}",
            "{\"type\": \"personalized_problem\", \"problem_id\": \"c-1\", \"original_problem\": {\"question\": \"What is 7 times 8?\","
                    + " \"answer\": \"56\"}, \"persona\": \"Rosa, 52, a tram driver who likes short answers.\", \"persona_preferences\":"
                    + " [{\"name\": \"Brevity\", \"description\": \"Keep it short.\", \"value\": \"one line\", \"local_importance\": 1.0}],"
                    + " \"evaluation_rubric\": {\"evaluation_criteria\": [{\"preference\": \"Brevity\", \"description\": \"Short.\","
                    + " \"weight\": 1.0, \"levels\": [{\"score\": 1, \"description\": \"A page.\"}, {\"score\": 3, \"description\":"
                    + " \"A paragraph.\"}, {\"score\": 5, \"description\": \"One line.\"}]}]}}",
            "{\"type\": \"personalized_problem\", \"problem_id\": \"c-2\", \"original_problem\": {\"question\": \"What is 9 minus 4?\"},"
                    + " \"persona\": \"Rosa\"}");

    @Test
    void importPrefDiscoWritesFilesThatValidate(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("pd.jsonl");
        Files.writeString(f, PREFDISCO);
        Path out = dir.resolve("converted");
        CliTest.Outcome o = CliTest.run("import", "prefdisco", f.toString(), "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("wrote " + out.resolve("pd.tasks.yaml") + " (1 items, answer type number)",
                "(1 judge attributes)", "1 records skipped");
        assertThat(o.err()).contains("attune: skipped: " + f + ":3: answer: is missing");
        CliTest.Outcome v = CliTest.run("validate", out.resolve("pd.tasks.yaml").toString());
        assertThat(v.code()).as(v.err()).isZero();
        CliTest.Outcome twice = CliTest.run("import", "prefdisco", f.toString(), "--out", out.toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("already exists");
    }

    @Test
    void runUsesPrefDiscoRecordsDirectlyAndResumesThem(@TempDir Path dir) throws Exception {
        Path sample = PrefDiscoSample.path();
        Path out = dir.resolve("run");
        CliTest.Outcome o = CliTest.run("run", "--tasks", sample.toString(), "--agent", "builtin:reference",
                "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("builtin:reference      generic", "builtin:reference      discovery",
                "builtin:reference      oracle", "9 episodes run (0 already done), 0 errors");
        List<String> lines = Files.readAllLines(out.resolve("episodes.jsonl"));
        assertThat(lines).hasSize(9);
        for (String l : lines) {
            JsonNode n = Mappers.json().readTree(l);
            assertThat(n.get("persona").asText()).isEqualTo("pd-" + n.get("item").asText());
            assertThat(n.get("scores").get("criteria").findValuesAsText("attribute")).allMatch(a -> a.startsWith("pd-"));
        }
        Files.write(out.resolve("episodes.jsonl"), lines.subList(0, 4));
        CliTest.Outcome again = CliTest.run("run", "--resume", out.toString(), "-q");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("episodes.jsonl"))).hasSize(9);
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
