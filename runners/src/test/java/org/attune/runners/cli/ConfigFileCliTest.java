package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune run -c attune.yaml}: the same run as the options on the command line; errors; precedence; init. */
class ConfigFileCliTest {
    @TempDir
    Path tmp;

    /** Non-default settings of every kind, as flags. */
    static final List<String> FLAGS = List.of("--tasks", "arithmetic-word-problems", "--personas", "3",
            "--agent", "ref=builtin:reference,pep=builtin:pep@random", "--conditions", "generic,discovery,oracle",
            "--budgets", "1,2", "--user-style", "passive-stop", "--seed", "7", "--limit", "2", "--max-turns", "4",
            "--prefs-per-item", "4", "--max-error-rate", "0.5", "--min-alignment", "1.0", "--concurrency", "2",
            "--timeout", "30", "--max-retries", "2");

    /** The same settings as a config file, written the way a person would. */
    static final String YAML = """
            # the same run as FLAGS
            tasks: [arithmetic-word-problems]
            personas: ["3"]
            agents:
              - label: ref
                spec: builtin:reference
              - {label: pep, spec: "builtin:pep@random"}
            roles:
              userStyle: passive-stop
            limits:
              seed: 7
              limit: 2
              maxTurns: 4
              prefsPerItem: 4
            execution:
              maxErrorRate: 0.5
              concurrency: 2
            models:
              timeoutSeconds: 30
              maxRetries: 2
            thresholds:
              minAlignment: 1.0
            mode:
              episodes:
                conditions: [generic, discovery, oracle]
                budgets: [1, 2]
            """;

    @Test
    void aConfigFileGivesTheSameConfigAndSummaryAsTheSameFlags() throws Exception {
        Path file = write("attune.yaml", YAML);
        CliTest.Outcome flags = run(concat(FLAGS, "--out", tmp.resolve("flags").toString()));
        assertThat(flags.code()).as(flags.err()).isZero();
        CliTest.Outcome config = run(List.of("-c", file.toString(), "--out", tmp.resolve("file").toString()));
        assertThat(config.code()).as(config.err()).isZero();

        JsonNode a = runConfig("flags");
        JsonNode b = runConfig("file");
        assertThat(b).isEqualTo(a);
        assertThat(a.at("/agents/0/label").asText()).isEqualTo("ref");
        assertThat(a.at("/agents/1").toString()).contains("\"pep\"", "builtin:pep@random");
        assertThat(a.at("/mode/episodes/budgets").toString()).isEqualTo("[1,2]");
        assertThat(a.at("/roles/userStyle").asText()).isEqualTo("passive-stop");
        assertThat(a.at("/limits/seed").asLong()).isEqualTo(7);
        assertThat(a.at("/thresholds/minAlignment").asDouble()).isEqualTo(1.0);
        assertThat(a.at("/models/timeoutSeconds").asDouble()).isEqualTo(30.0);

        JsonNode sa = summary("flags");
        JsonNode sb = summary("file");
        assertThat(sa.path("episodes").asInt()).isPositive();
        assertThat(sb).isEqualTo(sa);
        assertThat(Mappers.json().readTree(tmp.resolve("file/run.json").toFile()).path("conditions").toString())
                .contains("discovery@1", "discovery@2");
    }

    @Test
    void theLongitudinalModeInAFileIsTheSameRunAsItsFlags() throws Exception {
        Path file = write("long.yaml", """
                tasks: [formal-logic]
                personas: ["1"]
                limits: {seed: 5}
                mode:
                  longitudinal:
                    rounds: 4
                    learners: [none, cipher-1]
                """);
        CliTest.Outcome flags = run(List.of("--mode", "longitudinal", "--tasks", "formal-logic", "--personas", "1",
                "--seed", "5", "--rounds", "4", "--learner", "none,cipher-1", "--out", tmp.resolve("lf").toString()));
        assertThat(flags.code()).as(flags.err()).isZero();
        CliTest.Outcome config = run(List.of("-c", file.toString(), "--out", tmp.resolve("lc").toString()));
        assertThat(config.code()).as(config.err()).isZero();
        assertThat(runConfig("lc")).isEqualTo(runConfig("lf"));
        assertThat(runConfig("lc").at("/mode/longitudinal/learners").toString()).isEqualTo("[\"none\",\"cipher-1\"]");
        assertThat(summary("lc")).isEqualTo(summary("lf"));
    }

    @Test
    void aThresholdInTheFileThatIsMissedExitsOne() throws Exception {
        Path file = write("strict.yaml", """
                tasks: [arithmetic-word-problems]
                personas: ["1"]
                agents: [{spec: builtin:plain}]
                limits: {limit: 1}
                thresholds: {minAlignment: 5.0}
                """);
        CliTest.Outcome o = run(List.of("-c", file.toString(), "--out", tmp.resolve("t").toString()));
        assertThat(o.code()).as(o.err()).isEqualTo(1);
        assertThat(o.err()).contains("missed the thresholds", "builtin:plain");
    }

    @Test
    void unknownKeysNameFileLineKeyPathAndTheClosestKey() throws Exception {
        Path file = write("typo.yaml", "suite: quick\nlimits:\n  seed: 1\n  maxTrns: 3\n");
        CliTest.Outcome o = run(List.of("-c", file.toString(), "--out", tmp.resolve("x").toString()));
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(file + ":4: limits.maxTrns: unknown key; did you mean \"maxTurns\"?")
                .doesNotContain("Exception");
        Path agents = write("agents.yaml", "agents:\n  - spec: builtin:plain\n  - {spec: builtin:reference, lable: r}\n");
        CliTest.Outcome a = run(List.of("-c", agents.toString(), "--out", tmp.resolve("y").toString()));
        assertThat(a.code()).isEqualTo(2);
        assertThat(a.err()).contains(agents + ":3: agents[1].lable: unknown key; did you mean \"label\"?");
        Path mode = write("mode.yaml", "mode:\n  longitudnal: {rounds: 3}\n");
        CliTest.Outcome m = run(List.of("-c", mode.toString(), "--out", tmp.resolve("z").toString()));
        assertThat(m.code()).isEqualTo(2);
        assertThat(m.err()).contains(mode.toString(), "unknown mode \"longitudnal\"", "did you mean \"longitudinal\"?");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void wrongTypesNameTheKeyAndTheExpectedType() throws Exception {
        Path seed = write("seed.yaml", "limits:\n  seed: seven\n");
        CliTest.Outcome o = run(List.of("-c", seed.toString(), "--out", tmp.resolve("x").toString()));
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(seed + ":2: limits.seed: expected a whole number, was \"seven\"");
        Path tasks = write("tasks.yaml", "tasks:\n  id: gsm8k\n");
        CliTest.Outcome t = run(List.of("-c", tasks.toString(), "--out", tmp.resolve("y").toString()));
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains(tasks + ":1: tasks: expected a list");
        Path schema = write("schema.yaml", "schema: attune.config/v9\n");
        CliTest.Outcome s = run(List.of("-c", schema.toString()));
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).contains(schema + ": schema: \"attune.config/v9\"");
        CliTest.Outcome missing = run(List.of("-c", tmp.resolve("nowhere.yaml").toString()));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.yaml: cannot read the config file");
    }

    @Test
    void optionsGivenOnTheCommandLineOverrideTheFileAndOnlyThose() throws Exception {
        Path file = write("base.yaml", """
                tasks: [arithmetic-word-problems]
                personas: ["1"]
                agents: [{label: mine, spec: builtin:reference}]
                limits: {seed: 3, maxTurns: 2, limit: 1}
                roles: {userStyle: collaborative}
                mode:
                  episodes: {conditions: [discovery]}
                """);
        CliTest.Outcome o = run(List.of("-c", file.toString(), "--seed", "9", "--conditions", "generic,discovery",
                "--out", tmp.resolve("o").toString()));
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode c = runConfig("o");
        assertThat(c.at("/limits/seed").asLong()).isEqualTo(9); // the flag wins
        assertThat(c.at("/limits/maxTurns").asInt()).isEqualTo(2); // the file's, no flag given (default 5)
        assertThat(c.at("/roles/userStyle").asText()).isEqualTo("collaborative");
        assertThat(c.at("/agents/0/label").asText()).isEqualTo("mine");
        assertThat(c.at("/mode/episodes/conditions").toString()).isEqualTo("[\"generic\",\"discovery\"]");

        Path longitudinal = write("long.yaml", "mode:\n  longitudinal: {rounds: 3}\n");
        CliTest.Outcome wrong = run(List.of("-c", longitudinal.toString(), "--budgets", "1", "--out",
                tmp.resolve("w").toString()));
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("--budgets", "longitudinal");
    }

    @Test
    void everyRunOptionThatConfiguresTheRunHasAKeyInTheFile() {
        List<String> missing = new ArrayList<>();
        picocli.CommandLine cmd = new picocli.CommandLine(new AttuneCommand(false)).getSubcommands().get("run");
        for (picocli.CommandLine.Model.OptionSpec o : cmd.getCommandSpec().options()) {
            String name = o.longestName();
            boolean notConfig = List.of("--config", "--resume", "--retry-errors", "--quiet", "--help", "--version")
                    .contains(name);
            if (!notConfig && !RunFlags.PATHS.containsKey(name)) {
                missing.add(name);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void initWritesACommentedStarterThatRunsAsTheDefaultsDo() throws Exception {
        Path file = tmp.resolve("attune.yaml");
        CliTest.Outcome init = run(List.of("init", file.toString()), false);
        assertThat(init.code()).as(init.err()).isZero();
        String text = Files.readString(file);
        for (String section : List.of("schema:", "suite:", "tasks:", "taskFormat:", "personas:", "agents:", "roles:",
                "limits:", "execution:", "models:", "thresholds:", "mode:", "longitudinal:")) {
            assertThat(text).contains(section);
        }
        assertThat(text.lines().filter(l -> l.strip().startsWith("#")).count()).isGreaterThan(10);

        CliTest.Outcome again = run(List.of("init", file.toString()), false);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains(file + ": already exists", "--force");
        Files.writeString(file, "# mine\n");
        assertThat(run(List.of("init", "--force", file.toString()), false).code()).isZero();
        assertThat(Files.readString(file)).isEqualTo(text);

        List<String> small = List.of("--tasks", "arithmetic-word-problems", "--personas", "1", "--limit", "1",
                "--concurrency", "1");
        CliTest.Outcome fromFile = run(concat(List.of("-c", file.toString()), concat(small, "--out",
                tmp.resolve("a").toString())));
        assertThat(fromFile.code()).as(fromFile.err()).isZero();
        CliTest.Outcome plain = run(concat(small, "--out", tmp.resolve("b").toString()));
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(runConfig("a")).isEqualTo(runConfig("b"));
        assertThat(summary("a")).isEqualTo(summary("b"));
    }

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** run.json's config without the run folder (each run has its own). */
    private JsonNode runConfig(String dir) throws Exception {
        ObjectNode c = (ObjectNode) Mappers.json().readTree(tmp.resolve(dir).resolve("run.json").toFile()).path("config");
        ((ObjectNode) c.path("execution")).remove("out");
        return c;
    }

    /** summary.json without the run id. */
    private JsonNode summary(String dir) throws Exception {
        ObjectNode s = (ObjectNode) Mappers.json().readTree(tmp.resolve(dir).resolve("summary.json").toFile());
        s.remove("run");
        return s;
    }

    private static CliTest.Outcome run(List<String> args) {
        return run(args, true);
    }

    private static CliTest.Outcome run(List<String> args, boolean isRun) {
        List<String> all = new ArrayList<>();
        if (isRun) {
            all.add("run");
            all.add("-q");
        }
        all.addAll(args);
        return CliTest.run(all.toArray(String[]::new));
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static List<String> concat(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }
}
