package org.attune.runners.models;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.personas.InvalidInputException;

/**
 * How model-backed roles run (SPEC §5): generation settings, per-call timeout, connections per
 * server, the disk cache, the price table, the judge options and base URLs by provider. Recorded in
 * run.json through {@link #settings()}; never holds a key.
 *
 * @param cacheDir where the cache lives; null means {@code $ATTUNE_CACHE_DIR}, else {@code ~/.cache/attune}
 */
public record ModelOptions(Generation generation, Duration timeout, int maxConnections, boolean cache, Path cacheDir,
                           String priceTable, boolean judgeAll, String correctnessJudge, Map<String, String> baseUrls,
                           RetryPolicy retry) {
    public static final int DEFAULT_MAX_CONNECTIONS = 16;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public ModelOptions {
        generation = generation == null ? Generation.defaults() : generation;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        baseUrls = baseUrls == null ? Map.of() : Map.copyOf(baseUrls);
        retry = retry == null ? RetryPolicy.defaults() : retry;
    }

    public static ModelOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().generation(generation).timeout(timeout).maxConnections(maxConnections).cache(cache)
                .cacheDir(cacheDir).priceTable(priceTable).judgeAll(judgeAll).correctnessJudge(correctnessJudge)
                .baseUrls(baseUrls).retry(retry);
    }

    /** Problems with the values, one line each, named after their options. */
    public List<String> problems() {
        List<String> out = new java.util.ArrayList<>();
        Double t = generation.temperature();
        if (t != null && !(t >= 0 && t <= 2)) {
            out.add("--temperature: must be between 0 and 2, was " + t);
        }
        if (generation.maxTokens() != null && generation.maxTokens() < 1) {
            out.add("--max-tokens: must be at least 1, was " + generation.maxTokens());
        }
        if (timeout.isNegative() || timeout.isZero()) {
            out.add("--timeout: must be more than 0 seconds");
        }
        if (maxConnections < 1 || maxConnections > 1024) {
            out.add("--max-connections: must be 1-1024, was " + maxConnections);
        }
        for (String provider : baseUrls.keySet()) {
            if (!List.of("openai", "anthropic", "gemini", "ollama").contains(provider)) {
                out.add("--base-url: \"" + provider + "\" is not a provider with a default base URL "
                        + "(openai, anthropic, gemini, ollama)");
            }
        }
        return out;
    }

    /** The recorded form, under run.json's {@code settings.models}. */
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("temperature", generation.temperature());
        m.put("maxTokens", generation.maxTokens());
        m.put("seed", generation.seed());
        m.put("timeoutSeconds", timeout.toMillis() / 1000.0);
        m.put("maxConnections", maxConnections);
        m.put("cache", cache);
        m.put("priceTable", priceTable);
        m.put("judgeAll", judgeAll);
        m.put("correctnessJudge", correctnessJudge);
        Map<String, String> urls = new TreeMap<>();
        baseUrls.forEach((k, v) -> urls.put(k, org.attune.runners.models.internal.Endpoint.withoutCredentials(v)));
        m.put("baseUrls", urls);
        m.put("maxRetries", retry.maxRetries());
        m.put("maxRateLimitRetries", retry.maxRateLimitRetries());
        return m;
    }

    /** Rebuilds options from {@link #settings()} as read back from run.json (for resume). */
    public static ModelOptions fromSettings(Object recorded, long seed) {
        if (!(recorded instanceof Map<?, ?> m)) {
            return builder().retry(RetryPolicy.defaults().withSeed(seed)).build();
        }
        try {
            Map<String, String> urls = new TreeMap<>();
            if (m.get("baseUrls") instanceof Map<?, ?> u) {
                u.forEach((k, v) -> urls.put(String.valueOf(k), String.valueOf(v)));
            }
            RetryPolicy d = RetryPolicy.defaults();
            RetryPolicy retry = new RetryPolicy(intOr(m.get("maxRetries"), d.maxRetries()),
                    intOr(m.get("maxRateLimitRetries"), d.maxRateLimitRetries()), d.baseDelay(), d.maxDelay(),
                    d.maxRetryAfter(), seed);
            return builder()
                    .generation(new Generation(m.get("temperature") == null ? null : ((Number) m.get("temperature")).doubleValue(),
                            m.get("maxTokens") == null ? null : ((Number) m.get("maxTokens")).intValue(),
                            m.get("seed") == null ? null : ((Number) m.get("seed")).intValue()))
                    .timeout(Duration.ofMillis(Math.round(((Number) m.get("timeoutSeconds")).doubleValue() * 1000)))
                    .maxConnections(((Number) m.get("maxConnections")).intValue())
                    .cache(Boolean.TRUE.equals(m.get("cache")))
                    .priceTable((String) m.get("priceTable"))
                    .judgeAll(Boolean.TRUE.equals(m.get("judgeAll")))
                    .correctnessJudge((String) m.get("correctnessJudge"))
                    .baseUrls(urls)
                    .retry(retry)
                    .build();
        } catch (RuntimeException e) {
            throw new InvalidInputException("run.json: settings.models: unreadable (" + e.getMessage() + ")");
        }
    }

    private static int intOr(Object v, int fallback) {
        return v instanceof Number n ? n.intValue() : fallback;
    }

    /** Builds options; unset values take their defaults. */
    public static final class Builder {
        private Generation generation = Generation.defaults();
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private boolean cache = true;
        private Path cacheDir;
        private String priceTable;
        private boolean judgeAll;
        private String correctnessJudge;
        private Map<String, String> baseUrls = Map.of();
        private RetryPolicy retry = RetryPolicy.defaults();

        public Builder generation(Generation g) {
            this.generation = g;
            return this;
        }

        public Builder timeout(Duration d) {
            this.timeout = d;
            return this;
        }

        public Builder maxConnections(int n) {
            this.maxConnections = n;
            return this;
        }

        public Builder cache(boolean on) {
            this.cache = on;
            return this;
        }

        public Builder cacheDir(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        public Builder priceTable(String path) {
            this.priceTable = path;
            return this;
        }

        public Builder judgeAll(boolean on) {
            this.judgeAll = on;
            return this;
        }

        public Builder correctnessJudge(String spec) {
            this.correctnessJudge = spec;
            return this;
        }

        public Builder baseUrls(Map<String, String> urls) {
            this.baseUrls = urls;
            return this;
        }

        public Builder retry(RetryPolicy r) {
            this.retry = r;
            return this;
        }

        public ModelOptions build() {
            return new ModelOptions(generation, timeout, maxConnections, cache, cacheDir, priceTable, judgeAll,
                    correctnessJudge, baseUrls, retry);
        }
    }
}
