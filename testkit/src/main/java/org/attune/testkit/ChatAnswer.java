package org.attune.testkit;

import java.time.Duration;

/**
 * What {@link LocalChatServer} answers to one request: a completion with {@code content}, or an
 * HTTP error with an optional Retry-After, or a raw body, or nothing (status 0: the connection is
 * closed); after {@code delay} (on top of the server's fixed latency).
 */
public record ChatAnswer(int status, String content, String rawBody, String retryAfter, Duration delay) {

    public static ChatAnswer content(String text) {
        return new ChatAnswer(200, text, null, null, Duration.ZERO);
    }

    public static ChatAnswer status(int status) {
        return new ChatAnswer(status, null, "{\"error\":{\"message\":\"fixture status " + status + "\"}}", null,
                Duration.ZERO);
    }

    public static ChatAnswer rateLimited(String retryAfter) {
        return new ChatAnswer(429, null, "{\"error\":{\"message\":\"slow down\"}}", retryAfter, Duration.ZERO);
    }

    /** A 200 whose body is not a completion (or not JSON at all). */
    public static ChatAnswer raw(String body) {
        return new ChatAnswer(200, null, body, null, Duration.ZERO);
    }

    /** No answer at all: the server closes the connection (the client sees it reset). */
    public static ChatAnswer dropConnection() {
        return new ChatAnswer(0, null, null, null, Duration.ZERO);
    }

    public boolean drops() {
        return status == 0;
    }

    public ChatAnswer after(Duration extra) {
        return new ChatAnswer(status, content, rawBody, retryAfter, extra);
    }
}
