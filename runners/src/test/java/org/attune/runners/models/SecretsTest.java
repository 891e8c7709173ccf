package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ChatExchange;
import org.attune.runners.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key given through the environment is sent to the server and found nowhere else: no file, no output. */
class SecretsTest {
    static final String KEY = "sk-attune-LEAKCHECK-7f3a91c2e5";

    @TempDir
    Path tmp;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    /** Runs attune with the key in OPENAI_API_KEY and the cache under the temporary folder. */
    private int attune(String... args) {
        return Cli.execute(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true),
                Map.of("OPENAI_API_KEY", KEY, "ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
    }

    @Test
    void aFakeKeyLeavesNoTraceInTheRunDirectoryTheCacheOrTheOutput() throws IOException {
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("run");
        int code;
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            // a server that echoes the key in an error body (a 400: it errors that episode only) must not get it into the episode's error
            server.failNext("agent", new ChatAnswer(400, null, "{\"error\": \"bad key " + KEY + "\"}", null,
                    java.time.Duration.ZERO));
            code = attune("run", "--tasks", ModelFixtures.tasks(), "--personas", "1", "--limit", "2",
                    "--conditions", "generic,discovery", "--agent", server.spec(), "--user", server.spec(),
                    "--judge", server.spec(), "--editor", server.spec(), "--temperature", "0.3",
                    "--max-tokens", "400", "--model-seed", "7", "--out", out.toString(), "--concurrency", "2");
            List<String> auth = server.received().stream().map(ChatExchange::authorization).distinct().toList();
            assertThat(auth).containsExactly("Bearer " + KEY); // the key did reach the provider
        }
        assertThat(code).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("model requests:").doesNotContain(KEY);
        assertThat(stderr.toString()).doesNotContain(KEY);
        assertThat(files(out)).contains(out.resolve("run.json"), out.resolve("episodes.jsonl"));
        assertThat(files(cache)).isNotEmpty();
        for (Path f : Stream.concat(files(out).stream(), files(cache).stream()).toList()) {
            String text = WrittenText.of(f); // report page shards unpacked
            assertThat(text).as(f.toString()).doesNotContain(KEY).doesNotContain("LEAKCHECK");
        }
        String episodes = Files.readString(out.resolve("episodes.jsonl"));
        assertThat(episodes).contains("HTTP 400", "[redacted]"); // the failed episode kept its reason
        String run = Files.readString(out.resolve("run.json"));
        assertThat(run).contains("\"temperature\" : 0.3", "\"maxTokens\" : 400", "\"seed\" : 7");
    }

    /** A proxy that echoes the request's headers in a successful reply: the key is redacted before the reply is read, cached or recorded. */
    @Test
    void aReplyEchoingTheKeyIsRecordedRedacted() throws IOException {
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("run");
        int code;
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.script("agent", req -> ChatAnswer.content("you sent: " + req.authorization()));
            code = attune("run", "--tasks", ModelFixtures.tasks(), "--personas", "1", "--limit", "1",
                    "--conditions", "generic", "--agent", server.spec(), "--out", out.toString());
        }
        assertThat(code).as(stderr.toString()).isIn(0, 1);
        assertThat(Files.readString(out.resolve("episodes.jsonl"))).contains("you sent: Bearer [redacted]");
        assertThat(stdout.toString() + stderr).doesNotContain("LEAKCHECK");
        for (Path f : Stream.concat(files(out).stream(), files(cache).stream()).toList()) {
            assertThat(WrittenText.of(f)).as(f.toString()).doesNotContain("LEAKCHECK");
        }
        assertThat(files(out)).anyMatch(f -> f.getFileName().toString().startsWith("pages-"));
        assertThat(files(out).stream().map(WrittenText::of).filter(t -> t.contains("you sent: Bearer [redacted]")))
                .as("the report's episode data holds the redacted reply").hasSizeGreaterThanOrEqualTo(2);
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
