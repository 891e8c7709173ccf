package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeCommandTest {
    @TempDir
    Path tmp;

    private Path smallRun() {
        Path out = tmp.resolve("run");
        CliTest.Outcome o = CliTest.run("run", "-q", "--tasks", "formal-logic", "--limit", "3", "--personas", "3",
                "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        return out;
    }

    @Test
    void resumeRefusesOptionsThatWouldChangeTheRun() {
        Path out = smallRun();
        CliTest.Outcome o = CliTest.run("run", "--resume", out.toString(), "--seed", "9", "--max-turns", "2");
        // options that conflict with --resume are a usage error (2); 3 is for two runs that cannot be compared
        assertThat(o.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(o.err()).doesNotContain("not comparable");
        assertThat(o.err()).contains("--seed").contains("--max-turns").contains("recorded configuration");
        assertThat(CliTest.run("run", "-q", "--resume", out.toString(), "--concurrency", "1").code()).isZero();
    }

    @Test
    void retryErrorsWithoutResumeIsAUsageError() {
        // it was accepted and did nothing: the help and the docs give it only with --resume DIR
        Path out = tmp.resolve("never");
        CliTest.Outcome o = CliTest.run("run", "-q", "--retry-errors", "--limit", "1", "--personas", "1",
                "--out", out.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--retry-errors", "--resume DIR");
        assertThat(out).doesNotExist();
        CliTest.Outcome lon = CliTest.run("run", "-q", "--mode", "longitudinal", "--rounds", "2", "--personas", "1",
                "--retry-errors", "--out", out.toString());
        assertThat(lon.code()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void retryErrorsReplacesErrorLinesOnlyWithSuccesses() throws Exception {
        Path out = smallRun();
        Path journal = out.resolve("episodes.jsonl");
        List<String> lines = Files.readAllLines(journal);
        List<String> broken = new ArrayList<>();
        Set<String> erroredKeys = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode n = (ObjectNode) Mappers.json().readTree(lines.get(i));
            if (i % 4 == 0) {
                n.putObject("error").put("kind", "ProviderError").put("message", "HTTP 503");
                n.putNull("scores");
                n.putNull("response");
                erroredKeys.add(n.get("key").asText());
            }
            broken.add(Mappers.json().writeValueAsString(n));
        }
        Files.write(journal, broken);
        CliTest.Outcome plain = CliTest.run("run", "-q", "--resume", out.toString());
        // the end-of-run check counts the whole journal: errors from before the resume fail it too
        assertThat(erroredKeys.size() / (double) lines.size()).isGreaterThan(0.25);
        assertThat(plain.code()).as(plain.err()).isEqualTo(4);
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"errors\" : " + erroredKeys.size());

        CliTest.Outcome retry = CliTest.run("run", "-q", "--resume", out.toString(), "--retry-errors");
        assertThat(retry.code()).as(retry.err()).isZero();
        List<String> after = Files.readAllLines(journal);
        assertThat(after).hasSize(lines.size());
        Set<String> keys = new HashSet<>();
        for (String l : after) {
            var n = Mappers.json().readTree(l);
            assertThat(keys.add(n.get("key").asText())).isTrue();
            assertThat(n.get("error").isNull()).as(n.get("key").asText()).isTrue();
        }
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"errors\" : 0");
    }
}
