package org.attune.runners.models;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.evaluator.RunFacts;

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
            try {
                org.attune.runners.engine.SpecSecrets.checkUrl("--base-url", provider + "=" + baseUrls.get(provider),
                        baseUrls.get(provider));
            } catch (org.attune.personas.InvalidInputException e) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    /** The recorded form, under run.json's {@code settings.models}. */
    public RunFacts.ModelSettings settings() {
        Map<String, String> urls = new TreeMap<>();
        baseUrls.forEach((k, v) -> urls.put(k, org.attune.runners.models.internal.Endpoint.withoutCredentials(v)));
        return new RunFacts.ModelSettings(generation.temperature(), generation.maxTokens(), generation.seed(),
                timeout.toMillis() / 1000.0, maxConnections, cache, priceTable, judgeAll, correctnessJudge, urls,
                retry.maxRetries(), retry.maxRateLimitRetries());
    }

    /** Rebuilds options from {@link #settings()} as read back from run.json (for resume); defaults when none. */
    public static ModelOptions fromSettings(RunFacts.ModelSettings m, long seed) {
        if (m == null) {
            return builder().retry(RetryPolicy.defaults().withSeed(seed)).build();
        }
        RetryPolicy d = RetryPolicy.defaults();
        RetryPolicy retry = new RetryPolicy(m.maxRetries() == null ? d.maxRetries() : m.maxRetries(),
                m.maxRateLimitRetries() == null ? d.maxRateLimitRetries() : m.maxRateLimitRetries(), d.baseDelay(),
                d.maxDelay(), d.maxRetryAfter(), seed);
        return builder()
                .generation(new Generation(m.temperature(), m.maxTokens(), m.seed()))
                .timeout(m.timeoutSeconds() == null ? DEFAULT_TIMEOUT
                        : Duration.ofMillis(Math.round(m.timeoutSeconds() * 1000)))
                .maxConnections(m.maxConnections() == null ? DEFAULT_MAX_CONNECTIONS : m.maxConnections())
                .cache(Boolean.TRUE.equals(m.cache()))
                .priceTable(m.priceTable())
                .judgeAll(Boolean.TRUE.equals(m.judgeAll()))
                .correctnessJudge(m.correctnessJudge())
                .baseUrls(m.baseUrls() == null ? Map.of() : m.baseUrls())
                .retry(retry)
                .build();
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
