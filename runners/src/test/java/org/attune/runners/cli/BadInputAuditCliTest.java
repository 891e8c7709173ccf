package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs people give by mistake, each found by probing the command line: every one is an input error
 * (exit 2) whose one message names the file or option and what to do, never a Java class name, and
 * nothing is run or written for it.
 */
class BadInputAuditCliTest {
    @TempDir
    Path tmp;

    private static void assertInputError(CliTest.Outcome o, String... names) {
        assertThat(o.code()).as(o.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(o.err()).contains(names).doesNotContain("Exception").doesNotContain("org.attune")
                .doesNotContain("internal error");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void aCacheFolderThatIsAFileIsAnInputErrorNotAnEmptyCache() throws Exception {
        Path file = write("cache-file", "not a folder");
        for (String action : new String[] {"stats", "clear"}) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = Cli.execute(new String[] {"cache", action}, new java.io.PrintWriter(out, true),
                    new java.io.PrintWriter(err, true), java.util.Map.of("ATTUNE_CACHE_DIR", file.toString()));
            assertInputError(new CliTest.Outcome(code, out.toString(), err.toString()), "cache-file is a file, not a folder",
                    "ATTUNE_CACHE_DIR");
            assertThat(out.toString()).doesNotContain("entries");
        }
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void fixedQuestionsBesideABudgetIsAUsageErrorNotSilentlyOverruled() {
        // K replaces the discovery budget (docs/spec-notes.md), so a budget given too was dropped without a word
        CliTest.Outcome sweep = CliTest.run("run", "--fixed-questions", "2", "--budgets", "1,3",
                "--out", tmp.resolve("a").toString());
        assertInputError(sweep, "--fixed-questions", "--budgets", "give one of them");
        CliTest.Outcome budgeted = CliTest.run("run", "--fixed-questions", "2", "--conditions", "generic,discovery@4",
                "--out", tmp.resolve("b").toString());
        assertInputError(budgeted, "--fixed-questions", "discovery@4");
        assertThat(tmp.resolve("a")).doesNotExist();
        assertThat(tmp.resolve("b")).doesNotExist();
    }

    @Test
    void aConfigListWithAnEmptyEntryNamesTheKeyAndItsLine() throws Exception {
        Path tasks = write("tasks.yaml", "limits: {seed: 1}\ntasks: [arithmetic-word-problems, null]\n");
        CliTest.Outcome o = CliTest.run("run", "-q", "-c", tasks.toString(), "--out", tmp.resolve("a").toString());
        assertInputError(o, tasks + ":2: tasks[1]: ", "empty entry");
        Path agents = write("agents.yaml", "agents:\n  - {label: ref, spec: builtin:reference}\n  - null\n");
        assertInputError(CliTest.run("run", "-q", "-c", agents.toString(), "--out", tmp.resolve("b").toString()),
                agents + ":3: agents[1]: ", "empty entry");
        Path dash = write("dash.yaml", "agents:\n  - {label: ref, spec: builtin:reference}\n  -\n");
        assertInputError(CliTest.run("run", "-q", "-c", dash.toString(), "--out", tmp.resolve("b").toString()),
                dash + ":3: agents[1]: expected a mapping");
        assertThat(tmp.resolve("a")).doesNotExist();
        assertThat(tmp.resolve("b")).doesNotExist();
    }

    @Test
    void aConfigFileNotInUtf8SaysSoAndHowToFixIt() throws Exception {
        Path file = tmp.resolve("latin1.yaml");
        Files.write(file, "limits:\n  seed: 3\n# caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliTest.Outcome o = CliTest.run("run", "-q", "-c", file.toString(), "--out", tmp.resolve("r").toString());
        assertInputError(o, file + ":3: ", "not valid UTF-8", "save the file as UTF-8");
        assertThat(o.err()).doesNotContain("Input length");
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void validatingAFolderWithNothingToValidateIsAnInputErrorNotSuccess() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a content file");
        CliTest.Outcome o = CliTest.run("validate", empty.toString());
        assertInputError(o, empty + ": ", "no .yaml");
        assertThat(o.out()).doesNotContain("ok ");
    }

    @Test
    void aMissingOrUnreadablePriceTableIsRefusedEvenWhenNoModelIsCalled() throws Exception {
        Path out = tmp.resolve("run");
        CliTest.Outcome missing = CliTest.run("run", "-q", "--limit", "1", "--personas", "1",
                "--price-table", tmp.resolve("prices.yaml").toString(), "--out", out.toString());
        assertInputError(missing, "--price-table", "prices.yaml");
        Path broken = write("broken.yaml", "schema: attune.prices/v1\nprices: [\n");
        CliTest.Outcome bad = CliTest.run("run", "-q", "--limit", "1", "--personas", "1",
                "--price-table", broken.toString(), "--out", out.toString());
        assertInputError(bad, "broken.yaml");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPluginThatIsNotAJarIsRefusedNamingIt() throws Exception {
        Path notJar = write("agent.jar", "this is not a zip archive");
        CliTest.Outcome o = CliTest.run("run", "-q", "--limit", "1", "--personas", "1", "--plugin", notJar.toString(),
                "--out", tmp.resolve("r").toString());
        assertInputError(o, "plug-in " + notJar, "not a jar");
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void roundsWithoutTheLongitudinalModeIsAUsageErrorAsLearnerIs() {
        CliTest.Outcome o = CliTest.run("run", "-q", "--rounds", "3", "--limit", "1", "--personas", "1",
                "--out", tmp.resolve("r").toString());
        assertInputError(o, "--rounds", "--mode longitudinal");
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void initOnAFolderSaysItIsAFolderInsteadOfSuggestingForce() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("configs"));
        for (String[] args : new String[][] {{"init", folder.toString()}, {"init", folder.toString(), "--force"}}) {
            CliTest.Outcome o = CliTest.run(args);
            assertInputError(o, folder + ": is a folder");
            assertThat(o.err()).doesNotContain("--force");
        }
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aProviderThatServesOtherRolesIsNamedAsSuchNotAsUnknown() {
        CliTest.Outcome o = CliTest.run("run", "-q", "--judge", "exec:false", "--limit", "1", "--personas", "1",
                "--out", tmp.resolve("r").toString());
        assertInputError(o, "--judge: \"exec:false\": ", "builtin:judge");
        // it said "unknown provider 'exec' in --judge; did you mean 'exec'? known: ..., exec, http"
        assertThat(o.err()).doesNotContain("unknown provider").doesNotContain("did you mean");
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void roundOnAnEpisodesRunIsAUsageErrorNotSilentlyIgnored() throws Exception {
        Path run = tmp.resolve("run");
        assertThat(CliTest.run("run", "-q", "--tasks", "formal-logic", "--limit", "1", "--personas", "1",
                "--out", run.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(run.resolve("report").resolve("index.html"));
        CliTest.Outcome o = CliTest.run("report", run.toString(), "--round", "2");
        assertInputError(o, "--round: ", "longitudinal", run.toString());
        assertThat(run.resolve("report").resolve("index.html")).hasBinaryContent(before);
    }
}
