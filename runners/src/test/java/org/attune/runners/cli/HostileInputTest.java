package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input through the command line: ids that would escape a folder, a 10 MB
 * line, CRLF and BOM, invalid UTF-8. Each is either loaded safely or refused with exit 2 and
 * {@code file:line: what} or {@code file: field: what}, never a stack trace.
 */
class HostileInputTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    private static void assertClean(CliTest.Outcome o) {
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    }

    /** Exit 2 from both {@code validate FILE} and a run reading it; both name the problem. */
    private CliTest.Outcome refusedEverywhere(Path f, String runOption, String expected) {
        CliTest.Outcome v = CliTest.run("validate", f.toString());
        assertClean(v);
        assertThat(v.err()).contains(expected);
        CliTest.Outcome r = CliTest.run("run", "-q", runOption, f.toString(), "--conditions", "generic",
                "--out", tmp.resolve("never").toString());
        assertClean(r);
        assertThat(r.err()).contains(expected);
        assertThat(tmp.resolve("never")).doesNotExist();
        return v;
    }

    private static String persona(String id) throws Exception {
        String ok = Files.readString(Path.of(HostileInputTest.class.getResource("/fixtures/persona-ok.yaml").toURI()));
        return ok.replace("id: p-fixture", "id: " + id);
    }

    @Test
    void personaIdsThatWouldEscapeAFolderAreRefused() throws Exception {
        Path up = write("up.yaml", persona("../x"));
        refusedEverywhere(up, "--personas", up + ": id: must be lowercase letters, digits and dashes, was \"../x\"");
        Path abs = write("abs.yaml", persona("/abs/p"));
        refusedEverywhere(abs, "--personas", abs + ": id: must be lowercase letters, digits and dashes, was \"/abs/p\"");
    }

    @Test
    void taskSetAndItemIdsThatWouldEscapeAFolderAreRefusedByPosition() throws Exception {
        Path f = write("escape.yaml", """
                schema: attune.taskset/v1
                id: ../escape
                name: Escape
                domain: math
                answerType: number
                items:
                  - id: /etc/passwd
                    question: What is 2+2?
                    answer: "4"
                  - id: ../../x
                    question: What is 3+3?
                    answer: "6"
                """);
        CliTest.Outcome o = refusedEverywhere(f, "--tasks", f + ": id: must be lowercase letters, digits and dashes");
        assertThat(o.err()).contains(
                f + ": items[0].id: must be letters, digits, dot, dash, underscore or colon, was \"/etc/passwd\"",
                f + ": items[1].id: must be letters, digits, dot, dash, underscore or colon, was \"../../x\"");
    }

    @Test
    void benchmarkIdsThatWouldEscapeAreSanitizedAndNothingIsWrittenOutsideTheRun() throws Exception {
        String choices = "\"question\": {\"stem\": \"Which?\", \"choices\": [{\"label\": \"A\", \"text\": \"x\"},"
                + " {\"label\": \"B\", \"text\": \"y\"}]}, \"answerKey\": \"B\"";
        Path f = write("arc_escape.jsonl", Stream.of("../../outside", "/abs/olute", "..", "C:\\\\win")
                .map(id -> "{\"id\": \"" + id + "\", " + choices + "}").reduce((a, b) -> a + "\n" + b).orElseThrow());
        CliTest.Outcome v = CliTest.run("validate", f.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("ok " + f + " (arc tasks: 4 items)");
        Path out = tmp.resolve("runs").resolve("r");
        CliTest.Outcome r = CliTest.run("run", "-q", "--tasks", f.toString(), "--conditions", "generic",
                "--personas", "1", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> items = Files.readAllLines(out.resolve("episodes.jsonl")).stream()
                .map(l -> read(l, "item")).distinct().sorted().toList();
        assertThat(items).hasSize(4).allSatisfy(id -> assertThat(id).matches("[A-Za-z0-9][A-Za-z0-9._:-]*")
                .doesNotContain(".."));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.filter(Files::isRegularFile).toList()).allSatisfy(p ->
                    assertThat(p.startsWith(out) || p.getParent().equals(tmp)).as(p.toString()).isTrue());
        }
    }

    @Test
    void aTenMegabyteLineIsRefusedWithItsLineAndField() throws Exception {
        Path f = write("gsm8k_huge.jsonl", "{\"question\": \"" + "x".repeat(10 * 1024 * 1024)
                + "\", \"answer\": \"#### 4\"}\n");
        refusedEverywhere(f, "--tasks", f + ":1: question: is 10485760 characters long; at most 100000 are accepted");
    }

    @Test
    void crlfAndBomAreHarmlessAndLineNumbersStayRight() throws Exception {
        Path jsonl = write("gsm8k_crlf.jsonl", "\uFEFF{\"question\": \"One?\", \"answer\": \"#### 1\"}\r\n"
                + "{\"question\": \"Two?\", \"answer\": \"#### 2\"}\r\n{\"question\": \"Three?\"}\r\n");
        CliTest.Outcome v = CliTest.run("validate", jsonl.toString());
        assertClean(v);
        assertThat(v.err()).contains(jsonl + ":3: answer: is missing");
        Path yaml = write("crlf.yaml", "\uFEFFschema: attune.taskset/v1\r\nid: crlf\r\nname: CRLF\r\ndomain: math\r\n"
                + "answerType: number\r\nitems:\r\n  - id: c1\r\n    question: What is 2+2?\r\n    answer: \"4\"\r\n");
        Path p = write("crlf-persona.yaml", "\uFEFF" + persona("p-crlf").replace("\n", "\r\n"));
        CliTest.Outcome ok = CliTest.run("validate", yaml.toString(), p.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        CliTest.Outcome run = CliTest.run("run", "-q", "--tasks", yaml.toString(), "--personas", p.toString(),
                "--conditions", "generic", "--out", tmp.resolve("crlf-run").toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void invalidUtf8NamesTheLineAndByte() throws Exception {
        Path f = tmp.resolve("gsm8k_latin1.jsonl");
        Files.write(f, "{\"question\": \"ok?\", \"answer\": \"#### 1\"}\n{\"question\": \"caf\u00e9?\", \"answer\": \"#### 2\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        refusedEverywhere(f, "--tasks", f + ":2: is not valid UTF-8 (byte 0xE9 at byte 18 of the line)");
        Path y = tmp.resolve("latin1.yaml");
        Files.write(y, persona("p-latin").replace("Bergen", "Troms\u00f8").getBytes(StandardCharsets.ISO_8859_1));
        refusedEverywhere(y, "--personas", y + ":6: is not valid UTF-8 (byte 0xF8");
    }

    private static String read(String line, String field) {
        try {
            return Mappers.json().readTree(line).get(field).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
