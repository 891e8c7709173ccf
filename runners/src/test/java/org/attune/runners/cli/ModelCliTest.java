package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of model runs: option checks, the cache command. */
class ModelCliTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {
    }

    Outcome run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void badModelOptionsAreInputErrorsNamedAfterTheirOption() {
        Outcome o = run(Map.of(), "run", "--temperature", "3", "--max-connections", "0", "--out", tmp.resolve("r").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--temperature: must be between 0 and 2", "--max-connections: must be 1-1024");
        Outcome judgeAll = run(Map.of(), "run", "--judge-all", "--out", tmp.resolve("r").toString());
        assertThat(judgeAll.code()).isEqualTo(2);
        assertThat(judgeAll.err()).contains("--judge-all: needs a model --judge");
        Outcome noKey = run(Map.of(), "run", "--agent", "openai:gpt-4o-mini", "--conditions", "generic", "--personas", "1",
                "--limit", "1", "--out", tmp.resolve("k").toString());
        assertThat(noKey.code()).isEqualTo(2);
        assertThat(noKey.err()).contains("--agent: \"openai:gpt-4o-mini\" needs OPENAI_API_KEY in the environment");
        Outcome url = run(Map.of(), "run", "--base-url", "cohere=http://x", "--out", tmp.resolve("u").toString());
        assertThat(url.err()).contains("--base-url: \"cohere\"");
    }

    @Test
    void cacheStatsAndClear() throws Exception {
        Path cache = tmp.resolve("cache");
        Path entry = cache.resolve("calls").resolve("ab").resolve("ab".repeat(32) + ".json");
        Files.createDirectories(entry.getParent());
        Files.writeString(entry, "{\"schema\":\"attune.cache/v1\",\"text\":\"hi\"}");
        Map<String, String> env = Map.of("ATTUNE_CACHE_DIR", cache.toString());
        Outcome stats = run(env, "cache", "stats");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).contains(cache.toAbsolutePath().toString(), "entries: 1");
        Outcome clear = run(env, "cache", "clear");
        assertThat(clear.out()).contains("removed 1 entries");
        assertThat(entry).doesNotExist();
        assertThat(run(env, "cache", "stats").out()).contains("entries: 0");
        Outcome bad = run(env, "cache", "shrink");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown action \"shrink\"");
    }

    @Test
    void helpListsTheModelOptions() {
        assertThat(run(Map.of(), "run", "--help").out()).contains("--temperature", "--max-tokens", "--model-seed",
                "--timeout", "--max-connections", "--no-cache", "--price-table", "--judge-all", "--correctness-judge",
                "--base-url");
    }
}
