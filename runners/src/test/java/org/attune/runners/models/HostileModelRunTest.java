package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attune.runners.cli.Cli;
import org.attune.testkit.ChatAnswer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run whose every model role answers with hostile text (script that would mark the page,
 * an image with an error handler, a javascript: link, template syntax, U+2028, a comment opener, a
 * CDATA end, control characters and escape sequences, a fake table row, heading and mention) under an
 * agent labelled as a mention: every output keeps it as data. The pages are opened in headless Chromium.
 */
class HostileModelRunTest {
    static final String PAYLOAD = "</script><script>document.documentElement.setAttribute('data-pwned','1')</script>"
            + "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\"> "
            + "[click](javascript:document.documentElement.setAttribute('data-pwned','3')) {{ 7*7 }} {% if true %}TPL{% endif %}"
            + " \u2028\u2029 <!-- ]]> \u0001\u0007\u001b[31mRED\u001b[0m\rFAKE\n| x | y |\n# PASS\n@octocat <b>bold</b>";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void everyOutputKeepsHostileRepliesAsData() throws Exception {
        Path run = tmp.resolve("run");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            String json = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(PAYLOAD);
            server.script("agent", req -> ChatAnswer.content(PAYLOAD));
            server.script("editor", req -> ChatAnswer.content(PAYLOAD));
            server.script("user", req -> ChatAnswer.content("{\"thought\": " + json + ", \"reply\": " + json
                    + ", \"targets\": []}"));
            server.script("judge", req -> ChatAnswer.content("{\"score\": 3, \"justification\": " + json + "}"));
            String s = server.spec();
            code = Cli.execute(new String[] {"run", "--tasks", ModelFixtures.tasks(), "--personas", "1", "--limit", "2",
                            "--conditions", "generic,discovery", "--agent", "@octocat=" + s, "--user", s, "--judge", s,
                            "--editor", s, "--out", run.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true),
                    Map.of("OPENAI_API_KEY", "sk-test", "ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
        }
        assertThat(code).as(err.toString()).isIn(0, 1);
        assertThat(Files.readString(run.resolve("episodes.jsonl"))).contains("FAKE");
        TerminalInjectionTest.assertNoControlCharacters(out.toString());
        TerminalInjectionTest.assertNoControlCharacters(err.toString());

        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(run.resolve("junit.xml").toFile()); // well-formed
        String md = Files.readString(run.resolve("summary.md"));
        assertThat(Pattern.compile("(^|[^\\w`])@[A-Za-z0-9]").matcher(md).find()).as(md).isFalse();
        assertThat(md).contains("@\u200boctocat");

        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        List<String> pages = new ArrayList<>(List.of("index.html", "browser.html"));
        for (String line : Files.readAllLines(run.resolve("episodes.jsonl"))) {
            String key = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).path("key").asText();
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            pages.add("episode.html#" + HexFormat.of().formatHex(h, 0, 6));
        }
        assertThat(pages).hasSizeGreaterThan(4);
        int shown = 0;
        for (String page : pages) {
            String dom = dom(run.resolve("report").toUri() + page);
            assertThat(dom).as(page).contains("<html").doesNotContain("data-pwned=");
            assertThat(dom).as(page).doesNotContain("href=\"javascript:").doesNotContain("<img src=\"x\"");
            shown += dom.contains("FAKE") ? 1 : 0;
        }
        assertThat(shown).as("pages showing the replies as text").isGreaterThanOrEqualTo(pages.size() - 2);
    }

    /** The page's document after its scripts ran, as headless Chromium prints it. */
    private String dom(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished on " + url).isTrue();
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
