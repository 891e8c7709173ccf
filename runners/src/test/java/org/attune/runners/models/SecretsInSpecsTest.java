package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.runners.cli.Cli;
import org.attune.runners.engine.ComponentSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A secret written into a spec (a password in a URL, a key or token in its query, a token on an exec
 * agent's command line) would be recorded with the spec in run.json and shown in the report and
 * messages, since a resumed run replays the specs it recorded. Such a spec is refused before anything
 * runs (exit 2), with a message that names what to do and never repeats the secret.
 */
class SecretsInSpecsTest {
    static final String SECRET = "LEAKED-9c1e77";

    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int attune(Map<String, String> extraEnv, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Map<String, String> env = new HashMap<>(Map.of("OPENAI_API_KEY", "sk-test",
                "ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));
        env.putAll(extraEnv);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", tmp.resolve("run").toString()));
        int code = Cli.execute(all.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true), env);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private void assertRefusedWithoutTheSecret(int code, String option) {
        assertThat(code).as(err).isEqualTo(2);
        assertThat(err).contains("attune: " + option).contains("run.json");
        assertThat(out + err).doesNotContain(SECRET).doesNotContain("LEAKED");
        assertThat(tmp.resolve("run")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "openai-compatible:m@http://alice:LEAKED-9c1e77@127.0.0.1:9/v1",
        "openai-compatible:m@http://127.0.0.1:9/v1?api_key=LEAKED-9c1e77",
        "openai-compatible:m@http://127.0.0.1:9/v1?x=1&accessToken=LEAKED-9c1e77",
        "exec:python3 agent.py --token LEAKED-9c1e77",
        "exec:python3 agent.py --api-key=LEAKED-9c1e77",
        "exec:node agent.js --hf_token 'LEAKED-9c1e77'",
        "http:http://127.0.0.1:9/agent?token=LEAKED-9c1e77",
        "http://bob:LEAKED-9c1e77@127.0.0.1:9/agent",
    })
    void anAgentSpecHoldingASecretIsRefused(String spec) {
        assertRefusedWithoutTheSecret(attune(Map.of(), "run", "--agent", spec), "--agent");
    }

    /** Each refusal says what to do instead: a model's key goes in its variable; an http agent is sent none. */
    @Test
    void theRefusalSaysWhereTheSecretGoesInstead() {
        attune(Map.of(), "run", "--agent", "openai-compatible:m@http://127.0.0.1:9/v1?key=LEAKED-9c1e77");
        assertThat(err).contains("query parameter \"key\" holds a secret", "give the key in the environment");
        attune(Map.of(), "run", "--agent", "http:http://127.0.0.1:9/agent?key=LEAKED-9c1e77");
        assertThat(err).contains("an http agent is sent no credentials");
        attune(Map.of(), "run", "--agent", "exec:python3 agent.py --token LEAKED-9c1e77");
        assertThat(err).contains("\"exec:python3 agent.py --token ***\"", "read it from an environment variable");
    }

    @Test
    void aJudgeSpecHoldingASecretIsRefused() {
        assertRefusedWithoutTheSecret(attune(Map.of(), "run", "--judge",
                "openai-compatible:j@http://127.0.0.1:9/v1?key=LEAKED-9c1e77"), "--judge");
    }

    @Test
    void aBaseUrlHoldingASecretIsRefusedFromTheOptionAndFromTheEnvironment() {
        assertRefusedWithoutTheSecret(attune(Map.of(), "run", "--agent", "openai:gpt-x", "--base-url",
                "openai=http://127.0.0.1:9/v1?key=LEAKED-9c1e77"), "--base-url");
        // also for a provider no role uses: its base URL would be recorded all the same
        assertRefusedWithoutTheSecret(attune(Map.of(), "run", "--base-url",
                "gemini=http://127.0.0.1:9/v1?key=LEAKED-9c1e77"), "--base-url");
        assertRefusedWithoutTheSecret(attune(Map.of("OPENAI_BASE_URL", "https://u:LEAKED-9c1e77@127.0.0.1:9/v1"),
                "run", "--agent", "openai:gpt-x"), "--agent");
    }

    @Test
    void aConfigFileAgentHoldingASecretIsRefused() throws IOException {
        Path yaml = tmp.resolve("attune.yaml");
        Files.writeString(yaml, "schema: attune.config/v1\nagents:\n"
                + "  - {label: mine, spec: \"exec:python3 agent.py --secret LEAKED-9c1e77\"}\n");
        assertRefusedWithoutTheSecret(attune(Map.of(), "run", "-c", yaml.toString()), "--agent");
    }

    /** Options that only look alike stay allowed: a token count, a key file's path, an API version. */
    @Test
    void optionsThatHoldNoSecretAreKept() {
        assertThat(ComponentSpecs.agent("exec:python3 agent.py --max-tokens 400 --key-file k.txt").label())
                .isEqualTo("exec:agent");
        // a secret word that only qualifies another (a token budget, a key column) names no secret
        assertThat(ComponentSpecs.agent("exec:python3 agent.py --token-budget 500 --key-column id").label())
                .isEqualTo("exec:agent");
        assertThat(ComponentSpecs.agent("openai-compatible:m@http://127.0.0.1:9/v1?api-version=2024-06-01").label())
                .isEqualTo("openai-compatible:m");
        assertThat(ComponentSpecs.agent("http:http://127.0.0.1:9/agent?mode=fast").label()).isEqualTo("http:127.0.0.1:9");
    }
}
