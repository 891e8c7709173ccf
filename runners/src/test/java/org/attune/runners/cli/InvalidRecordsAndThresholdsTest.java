package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.personas.util.Mappers;
import org.attune.runners.engine.BenchmarkRunTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that must stop a run, and report thresholds that must fail CI. */
class InvalidRecordsAndThresholdsTest {
    @TempDir
    Path tmp;

    @Test
    void aGsm8kRecordWithoutItsAnswerStopsTheRunWithValidatesLine() throws Exception {
        // the real GSM8K test file's first five records, the fourth without its answer
        List<String> lines = new ArrayList<>(Files.readAllLines(BenchmarkRunTestAccess.realData("gsm8k_test.jsonl"))
                .subList(0, 5));
        ObjectNode fourth = (ObjectNode) Mappers.json().readTree(lines.get(3));
        fourth.remove("answer");
        lines.set(3, Mappers.json().writeValueAsString(fourth));
        Path f = tmp.resolve("gsm8k_test.jsonl");
        Files.write(f, lines);

        CliTest.Outcome validate = CliTest.run("validate", f.toString());
        assertThat(validate.code()).isEqualTo(2);
        String recordLine = validate.err().lines().filter(l -> l.contains(f + ":4: ")).findFirst().orElseThrow();

        Path out = tmp.resolve("run");
        CliTest.Outcome run = CliTest.run("run", "-q", "--tasks", f.toString(), "--personas", "1", "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(recordLine).contains("--skip-invalid").doesNotContain("Exception");
        assertThat(out).doesNotExist();

        CliTest.Outcome skipping = CliTest.run("run", "--tasks", f.toString(), "--personas", "1", "--skip-invalid",
                "--out", out.toString());
        assertThat(skipping.code()).as(skipping.err()).isZero();
        assertThat(skipping.err()).contains("4 items; 1 invalid records skipped (--skip-invalid)");
        assertThat(Mappers.json().readTree(out.resolve("run.json").toFile()).at("/settings/skippedInvalidRecords")
                .asInt()).isEqualTo(1);
    }

    @Test
    void reportThresholdsMissedExitOneAndNameTheFailingGroups() {
        Path out = tmp.resolve("quick");
        assertThat(CliTest.run("run", "-q", "--out", out.toString()).code()).isZero();
        CliTest.Outcome missed = CliTest.run("report", out.toString(), "--min-alignment", "4.9");
        assertThat(missed.code()).isEqualTo(1);
        assertThat(missed.err()).contains("group(s) missed the thresholds")
                .contains("builtin:reference \u00b7 oracle / ").contains("is below the minimum 4.90");
        CliTest.Outcome met = CliTest.run("report", out.toString(), "--min-alignment", "1.0");
        assertThat(met.code()).as(met.err()).isZero();
        assertThat(CliTest.run("report", out.toString(), "--min-alignment", "9").code()).isEqualTo(2);
    }

    @Test
    void aRunWhoseEpisodesAllErroredNeverPassesItsMinimumAlignment() {
        // --max-error-rate 1 opts out of the error check; the threshold asked for still cannot be met by nothing
        Path out = tmp.resolve("failing");
        CliTest.Outcome run = CliTest.run("run", "-q", "--agent", "exec:false", "--max-error-rate", "1",
                "--min-alignment", "2", "--limit", "1", "--personas", "1", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.REGRESSION);
        assertThat(run.err()).contains("missed the thresholds", "exec:false \u00b7 discovery / ",
                "no scored episodes to hold against the minimum alignment 2.00");
        CliTest.Outcome report = CliTest.run("report", out.toString(), "--min-alignment", "2");
        assertThat(report.code()).as(report.err()).isEqualTo(ExitCodes.REGRESSION);
        assertThat(CliTest.run("report", out.toString()).code()).isZero();
    }
}
