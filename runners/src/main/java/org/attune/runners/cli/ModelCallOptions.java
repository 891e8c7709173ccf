package org.attune.runners.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.runners.models.ModelOptions;
import org.attune.runners.models.RetryPolicy;
import picocli.CommandLine.Option;

/** How model calls are made, for every command that calls models ({@code run}, {@code score}): one declaration. */
final class ModelCallOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Timeout of one model call, in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "16",
            description = "Requests in flight per model server, across all roles (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--max-retries", paramLabel = "N",
            description = "Retries of a model call after a server error, timeout, broken or empty answer (default: 4;"
                    + " 429s have their own budget of 8).")
    Integer maxRetries;

    @Option(names = "--no-cache", description = "Do not read or write the disk cache of model calls.")
    boolean noCache;

    @Option(names = "--price-table", paramLabel = "FILE", description = "Prices per million tokens (default: the built-in table).")
    String priceTable;

    @Option(names = "--judge-all", description = "Also have the model judge score rules attributes, and report its agreement with the checkers.")
    boolean judgeAll;

    @Option(names = "--base-url", split = ",", paramLabel = "PROVIDER=URL",
            description = "Base URL of a provider (openai, anthropic, gemini, ollama); default: *_BASE_URL, else the provider's.")
    Map<String, String> baseUrls = new LinkedHashMap<>();

    /** Model options with these settings; the command adds its own (generation, correctness judge). */
    ModelOptions.Builder builder() {
        return ModelOptions.builder()
                .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .maxConnections(maxConnections)
                .cache(!noCache)
                .priceTable(priceTable)
                .judgeAll(judgeAll)
                .baseUrls(baseUrls)
                .retry(maxRetries == null ? RetryPolicy.defaults() : RetryPolicy.withMaxRetries(maxRetries));
    }
}
