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
        /**
         * The answer had no text because the model stopped at the token limit ({@code finish_reason: length}),
         * typically with all of it spent on reasoning: never retried, since the same limit gives the same.
         */
        TOKEN_LIMIT,
        /** The provider declined to answer (a refusal or content filter): retried, as it may pass next time. */
        REFUSED,
        /** A refusal of this one request (400, 422, context length exceeded, ...): never retried; errors its episode. */
        CLIENT,
        /**
         * A refusal of the configuration itself (401, 403, 404, an unknown model): every other call to the
         * endpoint would get the same, so it stops the run.
         */
        CONFIGURATION
    }

    private static final java.util.regex.Pattern UNKNOWN_MODEL = java.util.regex.Pattern.compile(
            "model_not_found|model[^\\n]{0,120}?\\b(?:does not exist|not found|not exist)|unknown model|no such model",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    public boolean retryable() {
        return kind != Kind.CLIENT && kind != Kind.CONFIGURATION && kind != Kind.TOKEN_LIMIT;
    }

    /** A short label for the attempt history, e.g. {@code HTTP 503} or {@code timeout}. */
    public String label() {
        return switch (kind) {
            case RATE_LIMITED, SERVER, CLIENT, CONFIGURATION -> "HTTP " + status;
            case TIMEOUT -> "timeout";
            case NETWORK -> "network error";
            case MALFORMED -> "malformed answer";
            case EMPTY -> "empty answer";
            case TOKEN_LIMIT -> "token limit";
            case REFUSED -> "refusal";
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
            if (c instanceof dev.langchain4j.exception.ContentFilteredException) {
                return new Failure(Kind.REFUSED, 0, null, c.getMessage());
            }
            if (c instanceof EmptyReplyException empty) {
                return new Failure(empty.cut() ? Kind.TOKEN_LIMIT : Kind.EMPTY, 0, null, c.getMessage());
            }
            if (c instanceof UncheckedIOException || c instanceof IOException) {
                if (!(c instanceof com.fasterxml.jackson.core.JacksonException)) {
                    // an UncheckedIOException's message repeats its cause's class name: say the cause's own words
                    Throwable said = c instanceof UncheckedIOException && c.getCause() != null ? c.getCause() : c;
                    return new Failure(Kind.NETWORK, 0, null, String.valueOf(said.getMessage()));
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
        } else if (status == 401 || status == 403 || status == 404
                || message != null && UNKNOWN_MODEL.matcher(message).find()) {
            kind = Kind.CONFIGURATION;
        } else {
            kind = Kind.CLIENT;
        }
        return new Failure(kind, status, retryAfter, message);
    }
}
