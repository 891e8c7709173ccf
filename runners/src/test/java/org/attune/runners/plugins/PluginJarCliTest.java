package org.attune.runners.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.runners.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plug-in jar built here from source provides {@code --agent myco:planner} through ServiceLoader,
 * given with {@code --plugin} or on {@code ATTUNE_CLASSPATH}; without it the spec is refused.
 */
class PluginJarCliTest {
    @TempDir
    Path tmp;
    private Path jar;

    record Outcome(int code, String err) {
    }

    @BeforeEach
    void buildPlugin() throws Exception {
        jar = PluginJars.build(tmp.resolve("plugin"));
    }

    private static Outcome run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Outcome(code, err.toString());
    }

    private String[] args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("run", "-q", "--agent", "myco:planner", "--conditions",
                "generic,discovery", "--tasks", "formal-logic", "--limit", "2", "--personas", "2", "--concurrency", "1",
                "--out", out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static List<JsonNode> episodes(Path dir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve(RunDirectory.EPISODES))) {
            out.add(Mappers.json().readTree(l));
        }
        return out;
    }

    private static void assertScoredAsPlanner(Path dir) throws Exception {
        List<JsonNode> eps = episodes(dir);
        assertThat(eps).hasSize(8);
        for (JsonNode e : eps) {
            assertThat(e.get("agent").asText()).isEqualTo("myco:planner");
            assertThat(e.get("error").isNull()).as(e.get("error").toString()).isTrue();
            assertThat(e.at("/scores/alignment").isNumber()).isTrue();
            assertThat(e.get("response").asText()).startsWith("Planned for ");
            int turns = e.get("turns").size();
            assertThat(turns).as(e.get("condition").asText()).isEqualTo(e.get("condition").asText().equals("discovery") ? 2 : 0);
        }
    }

    @Test
    void aPluginGivenWithPluginServesItsAgentAndItsEpisodesAreScored() throws Exception {
        Path out = tmp.resolve("run");
        Outcome o = run(Map.of(), args(out, "--plugin", jar.toString()));
        assertThat(o.code()).as(o.err()).isZero();
        assertScoredAsPlanner(out);
        JsonNode settings = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile()).get("settings");
        assertThat(settings.get("plugins").get(0).asText()).isEqualTo(jar.toAbsolutePath().normalize().toString());
    }

    @Test
    void aConfigFileNamesThePluginAndItsAgent() throws Exception {
        Path out = tmp.resolve("from-file");
        Path file = tmp.resolve("attune.yaml");
        Files.writeString(file, String.join("\n", "plugins: [\"" + jar.toString().replace("\\", "/") + "\"]",
                "agents: [{spec: \"myco:planner\"}]", "tasks: [formal-logic]", "personas: [\"2\"]",
                "limits: {limit: 2}", "execution: {concurrency: 1}",
                "mode: {episodes: {conditions: [generic, discovery]}}", ""));
        Outcome o = run(Map.of(), "run", "-q", "-c", file.toString(), "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertScoredAsPlanner(out);
        JsonNode config = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile()).get("config");
        assertThat(config.get("plugins").get(0).asText()).isEqualTo(jar.toString());
    }

    @Test
    void withoutThePluginTheSpecIsRefused() {
        Outcome o = run(Map.of(), args(tmp.resolve("refused")));
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("unknown provider 'myco' in --agent; known: builtin, ").doesNotContain("Exception");
    }

    @Test
    void aMistypedPluginSpecIsRefusedWithTheClosestKnownOne() {
        List<String> a = new ArrayList<>(List.of(args(tmp.resolve("typo"), "--plugin", jar.toString())));
        a.set(a.indexOf("myco:planner"), "myco:plannr");
        Outcome o = run(Map.of(), a.toArray(String[]::new));
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--agent: unknown component \"myco:plannr\"", "myco:planner");
    }

    @Test
    void aPluginOnAttuneClasspathServesItsAgent() throws Exception {
        Path out = tmp.resolve("env-run");
        Outcome o = run(Map.of("ATTUNE_CLASSPATH", tmp.resolve("absent-dir") + File.pathSeparator + jar), args(out));
        // an entry that is no jar is refused before anything runs
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(tmp.resolve("absent-dir").toString());
        assertThat(out.resolve(RunDirectory.EPISODES)).doesNotExist();

        o = run(Map.of("ATTUNE_CLASSPATH", jar.toString()), args(out));
        assertThat(o.code()).as(o.err()).isZero();
        assertScoredAsPlanner(out);
    }

    @Test
    void aResumedAndARescoredRunKeepThePluginFromRunJson() throws Exception {
        Path out = tmp.resolve("resumed");
        assertThat(run(Map.of(), args(out, "--plugin", jar.toString())).code()).isZero();
        List<String> lines = Files.readAllLines(out.resolve(RunDirectory.EPISODES));
        Files.write(out.resolve(RunDirectory.EPISODES), lines.subList(0, 3)); // as if stopped after three episodes
        Outcome o = run(Map.of(), "run", "-q", "--resume", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertScoredAsPlanner(out);

        Path rescored = tmp.resolve("rescored");
        o = run(Map.of(), "score", "-q", out.toString(), "--out", rescored.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertScoredAsPlanner(rescored);
        JsonNode settings = Mappers.json().readTree(rescored.resolve(RunDirectory.RUN_JSON).toFile()).get("settings");
        assertThat(settings.get("plugins").get(0).asText()).isEqualTo(jar.toAbsolutePath().normalize().toString());
    }

    @Test
    void aPluginTaskFormatReadsATaskFileNamedWithFormat() throws Exception {
        Path tasks = tmp.resolve("sums.txt");
        Files.writeString(tasks, "What is 2 + 5? | 7\nWhat is 3 + 3? | 6\nno answer on this line\n");
        Path out = tmp.resolve("lines");
        String[] a = {"run", "-q", "--agent", "builtin:plain", "--conditions", "generic", "--tasks", tasks.toString(),
                "--format", "myco-lines", "--personas", "2", "--out", out.toString()};
        Outcome refused = run(Map.of(), a);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("unknown format \"myco-lines\"");

        List<String> with = new ArrayList<>(List.of(a));
        with.addAll(List.of("--plugin", jar.toString(), "--skip-invalid"));
        Outcome o = run(Map.of(), with.toArray(String[]::new));
        assertThat(o.code()).as(o.err()).isZero();
        List<JsonNode> eps = episodes(out);
        assertThat(eps).hasSize(4);
        assertThat(eps).extracting(e -> e.get("item").asText()).containsOnly("q1", "q2");
    }

    @Test
    void aMissingPluginJarIsAnInputErrorNamingIt() {
        Path missing = tmp.resolve("nowhere.jar");
        Outcome o = run(Map.of(), args(tmp.resolve("missing"), "--plugin", missing.toString()));
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(missing.toString()).doesNotContain("Exception");
    }
}
