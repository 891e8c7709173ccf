package org.attune.runners.models.internal;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * LangChain4j's HTTP port over one shared JDK client per server, so that all roles reuse its
 * connections and share its limit of requests in flight; a non-2xx answer becomes an {@link HttpStatusException} that keeps Retry-After,
 * and the read timeout is applied to each request as its per-call timeout.
 */
public final class JdkModelHttpClient implements HttpClient {
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    /** Cap on what a provider may ask us to wait, so a broken header cannot stall a run. */
    private static final Duration MAX_RETRY_AFTER_HEADER = Duration.ofHours(1);

    private final java.net.http.HttpClient jdk;
    private final Semaphore permits;
    private final Duration timeout;

    JdkModelHttpClient(java.net.http.HttpClient jdk, Semaphore permits, Duration timeout) {
        this.jdk = jdk;
        this.permits = permits;
        this.timeout = timeout;
    }

    /**
     * A builder for LangChain4j model builders; each build shares {@code jdk} and holds one of
     * {@code permits} (the server's connection limit) for exactly the time a request is on the wire,
     * not while LangChain4j writes or reads JSON.
     */
    public static HttpClientBuilder builder(java.net.http.HttpClient jdk, Semaphore permits) {
        return new Builder(jdk, permits);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        if (timeout != null) {
            b.timeout(timeout);
        }
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> b.header(name, v));
            }
        });
        String body = request.body();
        switch (request.method()) {
            case GET -> b.GET();
            case DELETE -> b.DELETE();
            default -> b.POST(body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        }
        java.net.http.HttpRequest built = b.build();
        HttpResponse<String> r;
        try {
            permits.acquire();
            try {
                r = jdk.send(built, HttpResponse.BodyHandlers.ofString());
            } finally {
                permits.release();
            }
        } catch (HttpTimeoutException e) {
            throw new CallTimeoutException(timeout == null ? Duration.ZERO : timeout);
        } catch (IOException e) {
            // a refused connection says only "java.net.ConnectException": name where it was going; a connection
            // that broke after it was made (closed mid-body) is said in words, without a Java class name
            String where = Endpoint.withoutCredentials(request.url());
            throw new UncheckedIOException(new IOException(e instanceof java.net.ConnectException
                    ? "cannot reach " + where + ": connection refused"
                    : "the connection to " + where + " broke: " + (e.getMessage() == null
                    ? "it was closed before the whole answer came" : e.getMessage()), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the model", e);
        }
        if (r.statusCode() < 200 || r.statusCode() >= 300) {
            throw new HttpStatusException(r.statusCode(), retryAfter(r.headers().firstValue("Retry-After").orElse(null)),
                    r.body());
        }
        return SuccessfulHttpResponse.builder().statusCode(r.statusCode()).headers(r.headers().map())
                .body(ReasoningField.adapt(r.body())).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("attune does not stream model answers");
    }

    /** Reads Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        try {
            double seconds = Double.parseDouble(h);
            if (seconds < 0 || Double.isNaN(seconds)) {
                return null;
            }
            return min(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : min(d);
            } catch (RuntimeException notDate) {
                return null;
            }
        }
    }

    private static Duration min(Duration d) {
        return d.compareTo(MAX_RETRY_AFTER_HEADER) > 0 ? MAX_RETRY_AFTER_HEADER : d;
    }

    /** Carries the timeouts LangChain4j sets; the connect timeout belongs to the shared client. */
    private static final class Builder implements HttpClientBuilder {
        private final java.net.http.HttpClient jdk;
        private final Semaphore permits;
        private Duration connectTimeout;
        private Duration readTimeout;

        Builder(java.net.http.HttpClient jdk, Semaphore permits) {
            this.jdk = jdk;
            this.permits = permits;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration d) {
            this.readTimeout = d;
            return this;
        }

        @Override
        public HttpClient build() {
            return new JdkModelHttpClient(jdk, permits, readTimeout);
        }
    }
}
