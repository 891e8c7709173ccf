package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.attune.evaluator.RunDirectory;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.LocalChatServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider that refuses the configuration stops the run after one request (SPEC §5: exit 4), and
 * the console shows the role, provider, model, base URL, status and the provider's own message;
 * never the key, never a stack trace. The bodies are OpenAI's own error bodies.
 */
class ProviderRefusalCliTest {
    static final String KEY = "sk-proj-test-0123456789abcdefghijklmnop";
    static final String BAD_KEY = "{\"error\": {\"message\": \"Incorrect API key provided: sk-proj-********************mnop."
            + " You can find your API key at https://platform.openai.com/account/api-keys.\", \"type\":"
            + " \"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\"}}";
    static final String NO_MODEL = "{\"error\": {\"message\": \"The model `gpt-5-mimi` does not exist or you do not have"
            + " access to it.\", \"type\": \"invalid_request_error\", \"param\": null, \"code\": \"model_not_found\"}}";

    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {
    }

    Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("OPENAI_API_KEY", KEY, "ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
        return new Outcome(code, out.toString(), err.toString());
    }

    private Outcome allModelRun(LocalChatServer server, String model, Path dir) {
        String spec = "openai-compatible:" + model + "@" + server.baseUrl();
        return run("run", "--agent", spec, "--user", spec, "--judge", spec, "--editor", spec, "--tasks", tinyMath(),
                "--personas", "3", "--conditions", "generic,discovery,oracle", "--max-retries", "1",
                "--out", dir.toString());
    }

    static String tinyMath() {
        try {
            return Path.of(ProviderRefusalCliTest.class.getResource("/fixtures/tiny-math.yaml").toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBadKeyStopsTheRunAfterOneRequestAndSaysWhatTheProviderSaid() {
        try (LocalChatServer server = LocalChatServer.start(r -> new ChatAnswer(401, null, BAD_KEY, null,
                Duration.ZERO), Duration.ofMillis(20))) {
            Path dir = tmp.resolve("run");
            Outcome o = allModelRun(server, "gpt-4o-mini", dir);
            assertThat(o.code()).isEqualTo(4);
            assertThat(server.requests()).as("the first request goes alone; the others wait and stop").isEqualTo(1);
            assertThat(o.err()).contains("agent: openai-compatible model \"gpt-4o-mini\" at " + server.baseUrl(),
                    "HTTP 401 (invalid_api_key): Incorrect API key provided: sk-proj-****",
                    "attune run --resume " + dir);
            assertThat(o.err()).doesNotContain(KEY, "\tat ", "Exception");
            assertThat(dir.resolve(RunDirectory.SUMMARY_JSON)).exists();
        }
    }

    @Test
    void anUnknownModelStopsTheRunAfterOneRequest() {
        try (LocalChatServer server = LocalChatServer.start(r -> new ChatAnswer(404, null, NO_MODEL, null,
                Duration.ZERO), Duration.ofMillis(20))) {
            Outcome o = allModelRun(server, "gpt-5-mimi", tmp.resolve("run"));
            assertThat(o.code()).isEqualTo(4);
            assertThat(server.requests()).as("the first request goes alone; the others wait and stop").isEqualTo(1);
            assertThat(o.err()).contains("HTTP 404 (model_not_found): The model `gpt-5-mimi` does not exist");
            assertThat(o.err()).doesNotContain(KEY, "\tat ");
        }
    }

    @Test
    void aRefusedConnectionNamesTheUrl() {
        LocalChatServer gone = LocalChatServer.start(r -> ChatAnswer.content("x"), Duration.ZERO);
        String url = gone.baseUrl();
        gone.close();
        String spec = "openai-compatible:m@" + url;
        Outcome o = run("run", "--agent", spec, "--tasks", tinyMath(), "--personas", "1", "--limit", "1",
                "--conditions", "generic", "--max-retries", "0", "--out", tmp.resolve("c").toString());
        assertThat(o.err() + o.out()).doesNotContain("\tat ");
        assertThat(o.err()).contains("cannot reach " + url); // the first fault of its kind, on the console
        assertThat(read(tmp.resolve("c").resolve(RunDirectory.EPISODES))).contains("cannot reach " + url);
    }

    @Test
    void anUnknownProviderIsAUsageErrorWithASuggestion() {
        Outcome o = run("run", "--agent", "opnai:gpt-4o", "--out", tmp.resolve("p").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("unknown provider 'opnai' in --agent; did you mean 'openai'? known: ");
        assertThat(o.err()).doesNotContain("not available in this build");
    }

    private static String read(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
