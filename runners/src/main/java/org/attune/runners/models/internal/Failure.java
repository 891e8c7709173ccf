package org.attune.runners.models.internal;

import dev.langchain4j.exception.HttpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Why one attempt at a model call failed, and whether trying again can help. */
public record Failure(Kind kind, int status, Duration retryAfter, String message) {

    public enum Kind {
        /** 429: retried after Retry-After, with its own budget. */
        RATE_LIMITED,
        /** 5xx (and 408, 409). */
        SERVER,
        TIMEOUT,
        /** The connection failed or broke. */
        NETWORK,
        /** The answer could not be read (not JSON, no choices, ...). */
        MALFORMED,
        /** The answer had no text. */
        EMPTY,
        /** A deterministic refusal (400, 401, 403, 404, 422, ...): never retried. */
        CLIENT
    }

    public boolean retryable() {
        return kind != Kind.CLIENT;
    }

    /** A short label for the attempt history, e.g. {@code HTTP 503} or {@code timeout}. */
    public String label() {
        return switch (kind) {
            case RATE_LIMITED, SERVER, CLIENT -> "HTTP " + status;
            case TIMEOUT -> "timeout";
            case NETWORK -> "network error";
            case MALFORMED -> "malformed answer";
            case EMPTY -> "empty answer";
        };
    }

    public static Failure classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof HttpStatusException h) {
                return ofStatus(h.statusCode(), h.retryAfter(), h.getMessage());
            }
            if (c instanceof CallTimeoutException || c instanceof HttpTimeoutException
                    || c instanceof dev.langchain4j.exception.TimeoutException
                    || c instanceof java.net.SocketTimeoutException) {
                return new Failure(Kind.TIMEOUT, 0, null, c.getMessage());
            }
            if (c instanceof EmptyReplyException) {
                return new Failure(Kind.EMPTY, 0, null, c.getMessage());
            }
            if (c instanceof UncheckedIOException || c instanceof IOException) {
                if (!(c instanceof com.fasterxml.jackson.core.JacksonException)) {
                    return new Failure(Kind.NETWORK, 0, null, String.valueOf(c.getMessage()));
                }
            }
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof HttpException h) {
                return ofStatus(h.statusCode(), null, h.getMessage());
            }
        }
        return new Failure(Kind.MALFORMED, 0, null, t.getClass().getSimpleName() + ": " + t.getMessage());
    }

    static Failure ofStatus(int status, Duration retryAfter, String message) {
        Kind kind;
        if (status == 429) {
            kind = Kind.RATE_LIMITED;
        } else if (status >= 500 || status == 408 || status == 409) {
            kind = Kind.SERVER;
        } else {
            kind = Kind.CLIENT;
        }
        return new Failure(kind, status, retryAfter, message);
    }
}
