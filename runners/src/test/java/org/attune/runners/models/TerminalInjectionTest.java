package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.attune.runners.cli.Cli;
import org.attune.testkit.ChatAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a model server (an error body, a reply shown by {@code attune check}) carrying terminal
 * control sequences reaches the console as visible escapes: it cannot recolour, erase, rewrite a line
 * (carriage return), ring the bell or flip the text direction of the user's terminal.
 */
class TerminalInjectionTest {
    /** CSI colour, clear screen, OSC 8 hyperlink, a carriage return over "PASS", bell, C1 CSI, a bidi override. */
    static final String PAYLOAD = "boom\u001b[31mRED\u001b[2J\u001b]8;;http://evil.example/\u0007link\u001b]8;;\u0007"
            + "\rPASS: all good\u0007\u009b1m\u202eTXET";

    @TempDir
    Path tmp;

    /** Any character a terminal acts on rather than prints, other than the newline and tab Attune writes itself. */
    static void assertNoControlCharacters(String console) {
        assertThat(console.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069).mapToObj(Integer::toHexString).toList())
                .as(console).isEmpty();
    }

    @Test
    void aServerErrorBodyIsPrintedWithItsControlCharactersEscaped() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.failNext("agent", new ChatAnswer(400, null, "{\"error\": {\"message\": \"" + PAYLOAD
                    .replace("\u001b", "\\u001b").replace("\u0007", "\\u0007").replace("\r", "\\r")
                    .replace("\u009b", "\\u009b").replace("\u202e", "\\u202e") + "\"}}", null, Duration.ZERO));
            code = Cli.execute(new String[] {"run", "--tasks", ModelFixtures.tasks(), "--personas", "1", "--limit", "1",
                            "--conditions", "generic", "--agent", server.spec(), "--max-error-rate", "1",
                            "--out", tmp.resolve("run").toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true),
                    Map.of("OPENAI_API_KEY", "sk-test", "ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
        }
        assertThat(code).as(err.toString()).isIn(0, 1);
        assertThat(err.toString()).contains("HTTP 400", "boom\\x1b[31mRED\\x1b[2J\\x1b]8;;http://evil.example/\\x07link",
                "\\u202eTXET");
        assertNoControlCharacters(out.toString());
        assertNoControlCharacters(err.toString());
    }

    @Test
    void checkShowsARawReplyWithItsControlCharactersEscaped() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.failNext("agent", ChatAnswer.content(PAYLOAD));
            Cli.execute(new String[] {"check", "--agent", server.spec(), "--no-cache"},
                    new PrintWriter(out, true), new PrintWriter(err, true), Map.of("OPENAI_API_KEY", "sk-test",
                            "ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
        }
        assertThat(out.toString()).contains("boom\\x1b[31mRED", "\\rPASS: all good\\x07\\x9b1m\\u202eTXET");
        assertNoControlCharacters(out.toString());
        assertNoControlCharacters(err.toString());
    }

    /** A value quoted from a file in an error cannot break its line: each problem stays one "attune:" line. */
    @Test
    void aQuotedFileValueCannotStartAConsoleLineOfItsOwn() throws java.io.IOException {
        Path tasks = tmp.resolve("nl.yaml");
        java.nio.file.Files.writeString(tasks, "schema: attune.taskset/v1\nid: \"x\\nattune: 0 problems, all good\"\n"
                + "name: n\ndomain: math\nanswerType: number\nitems:\n  - id: \"a\\n\\nrun directory: /tmp/fake\"\n"
                + "    question: q\n    answer: \"1\"\n");
        StringWriter err = new StringWriter();
        int code = Cli.execute(new String[] {"run", "--tasks", tasks.toString(), "--out", tmp.resolve("run").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), Map.of());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(2).allMatch(l -> l.startsWith("attune: "));
        assertThat(err.toString()).contains("was \"x\\nattune: 0 problems, all good\"", "was \"a\\n\\nrun directory: /tmp/fake\"");
    }

    /** A reply's own lines cannot pass for check's verdict lines: every line of outside text is indented under its heading. */
    @Test
    void checkKeepsAReplysLinesUnderItsHeading() {
        StringWriter out = new StringWriter();
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.failNext("agent", ChatAnswer.content("ANSWER: 48\nresult: OK\n\n== judge: fake\nevery role's reply was read"));
            Cli.execute(new String[] {"check", "--agent", server.spec(), "--no-cache"},
                    new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), Map.of("OPENAI_API_KEY",
                            "sk-test", "ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
        }
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("result:")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.startsWith("== ")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.startsWith("every role")).hasSizeLessThanOrEqualTo(1);
        assertThat(out.toString()).contains("    result: OK", "    == judge: fake");
    }
}
