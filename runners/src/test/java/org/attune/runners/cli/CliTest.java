package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("attune ");
        Outcome help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("run", "report", "list", "validate");
        assertThat(run("run", "--help").out()).contains("--max-turns", "--prefs-per-item", "--concurrency", "--resume");
    }

    @Test
    void helpTextsSayWhatTheDocsSay() {
        // README "Exit codes": 1 also for a missed threshold, 4 also for a provider that refused the configuration
        String footer = run("--help").out().replaceAll("\\s+", " ");
        assertThat(footer).contains("1 regression (gate) or a missed threshold", "4 too many errored episodes or a"
                + " provider refused the configuration");
        String runHelp = run("run", "--help").out().replaceAll("\\s+", " ");
        // docs/config.md and docs/models.md: with a model role the default is twice --max-connections
        assertThat(runHelp).contains("Episodes run at once (default: number of cores; twice --max-connections when a"
                + " role is a model)");
        // the generic condition is the baseline and is not held to --min-alignment (JUnitReport)
        assertThat(runHelp).contains("agent x condition x task other than generic");
        // README: a resume "says so" when the content changed; -q hides that note, and its help must say so
        assertThat(runHelp).contains("No progress lines and no notes");
        assertThat(run("report", "--help").out().replaceAll("\\s+", " "))
                .contains("agent x condition x task other than generic");
    }

    @Test
    void usageErrorsExitTwoWithoutStackTrace() {
        Outcome o = run("run", "--max-turns", "many");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--max-turns").doesNotContain("Exception").doesNotContain("\tat ");
        Outcome bad = run("run", "--conditions", "telepathy", "--out", "/nonexistent/never");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown condition \"telepathy\"");
    }

    @Test
    void validateReportsEveryProblemOfABrokenPersonaOnItsOwnLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, """
                schema: attune.persona/v1
                name: Broken Person
                age: "forty"
                occupation: tester
                location: Quito, Ecuador
                background: Made broken on purpose.
                bigFive: {openness: 3, conscientiousness: 3, extraversion: 3, agreeableness: 3, neuroticism: 3}
                cognitive: x
                affective: y
                expertise: [testing, hiking]
                preferences:
                  word-budget: {value: brief, importance: 7}
                  telepathy: {value: yes, importance: 2}
                  layout: {value: prose, importance: 3}
                """);
        Outcome o = run("validate", f.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().lines()).contains(
                "attune: " + f + ": id: is required",
                "attune: " + f + ": preferences.word-budget.importance: must be 1-5, was 7",
                "attune: " + f + ": preferences.telepathy: unknown attribute \"telepathy\"");
        assertThat(o.err()).contains(f + ": age: expected an integer");
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateFlagsDuplicateIdsAcrossFiles(@TempDir Path dir) throws Exception {
        String body = Files.readString(Path.of(CliTest.class.getResource("/fixtures/persona-ok.yaml").toURI()));
        Files.writeString(dir.resolve("a.yaml"), body);
        Files.writeString(dir.resolve("b.yaml"), body);
        Outcome o = run("validate", dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("duplicate id \"p-fixture\"");
        Outcome one = run("validate", dir.resolve("a.yaml").toString());
        assertThat(one.code()).isZero();
        assertThat(one.out()).contains("ok " + dir.resolve("a.yaml") + " (persona)");
    }

    @Test
    void validateNamesMissingAndBinaryFiles(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("x.yaml");
        Files.write(bin, new byte[] {1, 2, 0, 3});
        Outcome o = run("validate", dir.resolve("missing.yaml").toString(), bin.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(dir.resolve("missing.yaml") + ": file not found").contains(bin + ": looks like a binary file");
    }

    @Test
    void validateAcceptsTheWholeBuiltInLibraryIncludingConsistency() {
        Outcome o = run("validate");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("ok personas: 100 (consistency checked)").contains("ok attributes:");
    }

    @Test
    void validateFlagsInconsistentPreferences(@TempDir Path dir) throws Exception {
        String body = Files.readString(Path.of(CliTest.class.getResource("/fixtures/persona-ok.yaml").toURI()))
                .replace("sentence-length: {value: short", "sentence-length: {value: long");
        Path f = dir.resolve("clash.yaml");
        Files.writeString(f, body);
        Outcome o = run("validate", f.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(f + ": preferences: layout numbered-steps with sentence-length long");
    }

    @Test
    void listAttributesAsJson() {
        Outcome o = run("list", "attributes", "--json");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("\"id\" : \"word-budget\"", "\"check\" : \"rules\"", "\"category\" : \"format\"");
        assertThat(run("list", "components").out()).contains("builtin:reference", "builtin:user");
    }
}
