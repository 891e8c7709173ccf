package org.attune.runners.models.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import org.attune.personas.util.Mappers;

/**
 * A provider answered with a non-2xx status. Unlike LangChain4j's own exception it keeps the
 * {@code Retry-After} delay, so a 429 can be honoured, and the provider's own message read from its
 * error body (OpenAI, Anthropic, Gemini, vLLM: {@code error.message}; Ollama: {@code error};
 * FastAPI servers: {@code detail}); LangChain4j wraps it, the retry walks causes.
 */
public final class HttpStatusException extends HttpException {
    private static final int MAX_MESSAGE = 300;

    private final transient Duration retryAfter;
    private final String providerMessage;
    private final String providerCode;

    public HttpStatusException(int status, Duration retryAfter, String body) {
        this(status, retryAfter, body, read(body));
    }

    private HttpStatusException(int status, Duration retryAfter, String body, String[] error) {
        super(status, "HTTP " + status + (error[1] == null ? "" : " (" + error[1] + ")")
                + (error[0] == null || error[0].isBlank() ? "" : ": " + error[0]));
        this.retryAfter = retryAfter;
        this.providerMessage = error[0];
        this.providerCode = error[1];
    }

    /** The server's requested wait, or null when it gave none (or one we could not read). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** What the provider said went wrong, in its own words (an excerpt of the body when it is not JSON). */
    public String providerMessage() {
        return providerMessage;
    }

    /** The provider's error code ({@code invalid_api_key}, {@code model_not_found}, ...), or null. */
    public String providerCode() {
        return providerCode;
    }

    /** {message, code} of an error body; the message is an excerpt of the body when no field holds one. */
    static String[] read(String body) {
        if (body == null || body.isBlank()) {
            return new String[] {null, null};
        }
        try {
            JsonNode n = Mappers.json().readTree(body);
            JsonNode err = n.path("error");
            String message = err.isTextual() ? err.asText() : firstText(err.path("message"), n.path("message"),
                    n.path("detail"));
            String code = firstWord(err.path("code"), err.path("status"), err.path("type"));
            if (message != null) {
                return new String[] {excerpt(message), code};
            }
        } catch (Exception notJson) {
            // plain text or HTML: shown as an excerpt
        }
        return new String[] {excerpt(body), null};
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode v : nodes) {
            if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    /** The first text value that is not a number (Gemini's {@code code} repeats the HTTP status). */
    private static String firstWord(JsonNode... nodes) {
        for (JsonNode v : nodes) {
            if (v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String excerpt(String body) {
        String s = body.strip().replaceAll("\\s+", " ");
        return s.length() > MAX_MESSAGE ? s.substring(0, MAX_MESSAGE) + "..." : s;
    }
}
