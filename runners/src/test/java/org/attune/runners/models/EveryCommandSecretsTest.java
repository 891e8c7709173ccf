package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ChatExchange;
import org.attune.runners.cli.Cli;
import org.attune.runners.models.internal.ApiKey;
import org.attune.runners.models.internal.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command, run with a recognisable fake key in every provider's variable: the key reaches
 * the model server and nothing else, no file under the work folder (runs, shards, re-scored run,
 * gate, cache, bench, imports) and no line of any command's output.
 */
class EveryCommandSecretsTest {
    static final String KEY = "sk-attune-EVERYCMD-4be1d07a93";
    static final String FRAGMENT = "EVERYCMD";

    @TempDir
    Path tmp;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();
    private final List<String> log = new ArrayList<>();

    private int attune(String... args) {
        Map<String, String> env = Map.of("OPENAI_API_KEY", KEY, "ANTHROPIC_API_KEY", KEY, "GEMINI_API_KEY", KEY,
                "ATTUNE_CACHE_DIR", tmp.resolve("cache").toString());
        int code = Cli.execute(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true), env);
        log.add(String.join(" ", args).replace(tmp.toString(), "TMP") + " -> " + code);
        return code;
    }

    private String dir(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void theKeyReachesTheServerAndNothingElse() throws IOException {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            String s = server.spec();
            // an error body that echoes the key must not carry it into an episode, a message or a file
            server.failNext("judge", new ChatAnswer(400, null, "{\"error\": \"upstream said " + KEY + "\"}", null,
                    java.time.Duration.ZERO));
            String[] roles = {"--agent", s, "--user", s, "--judge", s, "--editor", s, "--correctness-judge", s,
                    "--tasks", ModelFixtures.tasks(), "--personas", "2", "--conditions", "generic,discovery"};
            assertThat(attune(concat("run", roles, "--out", dir("run")))).isZero();
            assertThat(attune(concat("run", roles, "--shard", "1/2", "--out", dir("shard1")))).isZero();
            assertThat(attune(concat("run", roles, "--shard", "2/2", "--out", dir("shard2")))).isZero();
            assertThat(attune("run", "--resume", dir("run"))).isZero();
            assertThat(attune("score", dir("run"), "--judge", s, "--editor", "builtin:editor", "--no-cache",
                    "--out", dir("rescored"))).isZero();
            assertThat(attune("merge", dir("shard1"), dir("shard2"), "--out", dir("merged"))).isZero();
            assertThat(attune("report", dir("run"), "--compare", dir("merged"))).isZero();
            assertThat(attune("gate", "--baseline", dir("run"), "--candidate", dir("merged"))).isIn(0, 1);
            assertThat(attune("cache", "stats")).isZero();
            for (String what : List.of("tasks", "personas", "attributes", "components")) {
                assertThat(attune("list", what)).isZero();
            }
            assertThat(attune("validate")).isZero();
            assertThat(attune("validate", ModelFixtures.tasks())).isZero();
            Path prefdisco = org.attune.runners.PrefDiscoSample.path();
            assertThat(attune("import", "prefdisco", prefdisco.toString(), "--out", dir("imported"))).isZero();
            // attune bench lives in the benchmarks module: BenchCommandTest checks it the same way
            // a refused run names the variable, never its value
            assertThat(attune("run", "--agent", "openai:gpt-none", "--base-url", "openai=not-a-url",
                    "--out", dir("refused"))).isEqualTo(2);

            assertThat(server.received()).extracting(ChatExchange::authorization).containsOnly("Bearer " + KEY);
        }
        // the echoing error ended one episode, with its reason and without the key
        assertThat(Files.readString(tmp.resolve("run").resolve("episodes.jsonl"))).contains("HTTP 400", "[redacted]");
        assertThat(log).as("commands run").hasSizeGreaterThan(15);
        assertThat(stdout.toString()).as("stdout").doesNotContain(FRAGMENT).contains("model requests:");
        assertThat(stderr.toString()).as("stderr").doesNotContain(FRAGMENT);
        List<Path> files = files(tmp);
        assertThat(files).as("files written").hasSizeGreaterThan(50)
                .anyMatch(f -> f.startsWith(tmp.resolve("cache")))
                .anyMatch(f -> f.startsWith(tmp.resolve("rescored")))
                .anyMatch(f -> f.startsWith(tmp.resolve("merged")));
        for (Path f : files) {
            String bytes = WrittenText.of(f); // report page shards unpacked
            assertThat(bytes).as(f.toString()).doesNotContain(FRAGMENT);
        }
    }

    @Test
    void theKeyTypePrintsRedactedEverywhere() {
        ApiKey key = ApiKey.of(KEY);
        assertThat(key.toString()).isEqualTo("[redacted]");
        assertThat(String.valueOf(key)).doesNotContain(FRAGMENT);
        assertThat(ApiKey.of(" ").toString()).isEqualTo("[none]");
        Endpoint e = Endpoint.resolve("--agent", "openai:gpt-x", Map.of(), Map.of("OPENAI_API_KEY", KEY));
        assertThat(e.toString()).doesNotContain(FRAGMENT).contains("[redacted]");
        assertThat(key.scrub("echo " + KEY + " back")).isEqualTo("echo [redacted] back");
        assertThat(key.reveal()).isEqualTo(KEY); // the one way out, for the provider client
    }

    private static String[] concat(String first, String[] middle, String... last) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(List.of(middle));
        out.addAll(List.of(last));
        return out.toArray(String[]::new);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
