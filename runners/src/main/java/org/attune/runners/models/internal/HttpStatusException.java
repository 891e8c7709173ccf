package org.attune.runners.models.internal;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;

/**
 * A provider answered with a non-2xx status. Unlike LangChain4j's own exception it keeps the
 * {@code Retry-After} delay, so a 429 can be honoured; LangChain4j wraps it, the retry walks causes.
 */
public final class HttpStatusException extends HttpException {
    private final transient Duration retryAfter;

    public HttpStatusException(int status, Duration retryAfter, String body) {
        super(status, "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + excerpt(body)));
        this.retryAfter = retryAfter;
    }

    /** The server's requested wait, or null when it gave none (or one we could not read). */
    public Duration retryAfter() {
        return retryAfter;
    }

    private static String excerpt(String body) {
        String s = body.strip().replaceAll("\\s+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
