package org.attune.runners.agents.external;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.util.Mappers;
import org.attune.runners.models.RetryPolicy;
import org.attune.runners.models.internal.Failure;
import org.attune.runners.models.internal.JdkModelHttpClient;

/**
 * An agent behind {@code http:URL} (docs/agents.md): one POST of the request per turn, the reply as
 * the body. It goes through the model calls' HTTP client (per-call timeout, connection limit) and is
 * retried by the same {@link RetryPolicy}: 429 after Retry-After, 5xx, timeouts and broken
 * connections with backoff; any other status errors the episode at once.
 */
final class HttpAgent implements Agent {
    private final String label;
    private final String url;
    private final HttpClient http;
    private final RetryPolicy retry;
    private final AttributeCatalog catalog;
    private final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";
    private final AtomicLong sequence = new AtomicLong();

    HttpAgent(String label, String url, java.net.http.HttpClient jdk, Semaphore connections, Duration timeout,
              RetryPolicy retry, AttributeCatalog catalog) {
        this.label = label;
        this.url = url;
        this.http = JdkModelHttpClient.builder(jdk, connections).readTimeout(timeout).build();
        this.retry = retry;
        this.catalog = catalog;
    }

    @Override
    public AgentAction act(AgentContext ctx) {
        String id = prefix + sequence.incrementAndGet();
        HttpRequest request = HttpRequest.builder().method(HttpMethod.POST).url(url)
                .addHeader("Content-Type", "application/json")
                .body(AgentMessages.request(id, ctx, catalog).toString()).build();
        SuccessfulHttpResponse response = post(id, request);
        String encoding = response.headers() == null ? null : response.headers().entrySet().stream()
                .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase("Content-Encoding"))
                .flatMap(h -> h.getValue().stream()).filter(v -> !v.isBlank() && !v.equalsIgnoreCase("identity"))
                .findFirst().orElse(null);
        if (encoding != null) { // its bytes, read as text, would only be quoted as garbage
            throw new AgentProtocolException(label + ": reply to request " + id + ": the body is compressed (Content-Encoding: "
                    + encoding + "), which the request did not ask for: send it uncompressed");
        }
        String body = response.body();
        JsonNode reply;
        try {
            reply = Mappers.json().readTree(body);
        } catch (IOException e) {
            throw new AgentProtocolException(label + ": reply to request " + id + ": the body is not JSON: "
                    + AgentMessages.quote(body));
        }
        if (reply != null && reply.isObject() && reply.has("id") && !id.equals(reply.get("id").asText())) {
            throw new AgentProtocolException(label + ": reply to request " + id + " carries another \"id\": "
                    + AgentMessages.quote(body));
        }
        return AgentMessages.reply(label, id, ctx.mustAnswer(), reply);
    }

    private SuccessfulHttpResponse post(String id, HttpRequest request) {
        List<String> history = new ArrayList<>();
        int retries = 0;
        int rateRetries = 0;
        while (true) {
            Failure f;
            try {
                return http.execute(request);
            } catch (RuntimeException e) {
                f = Failure.classify(e);
            }
            history.add(f.label());
            Duration wait;
            if (f.kind() == Failure.Kind.RATE_LIMITED && rateRetries < retry.maxRateLimitRetries()) {
                rateRetries++;
                Duration asked = retry.honour(f.retryAfter());
                wait = asked != null ? asked : retry.backoff(rateRetries, id.hashCode());
            } else if (f.retryable() && f.kind() != Failure.Kind.RATE_LIMITED && retries < retry.maxRetries()) {
                retries++;
                wait = retry.backoff(retries, id.hashCode());
            } else {
                throw new AgentProtocolException(label + ": request " + id + " failed after " + history.size()
                        + " attempt(s) (" + String.join(", ", history) + "): " + f.message());
            }
            try {
                Thread.sleep(wait.toMillis()); // the backoff between attempts, as for model calls
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AgentProtocolException(label + ": interrupted while waiting to retry");
            }
        }
    }
}
