package org.attune.runners.models.internal;

/**
 * What a model answered, with the tokens the provider counted (0 when it did not say) and the
 * reasoning an OpenAI-compatible server sent beside the text ({@code reasoning_content} or
 * {@code reasoning}; null when none).
 */
public record ChatReply(String text, long inputTokens, long outputTokens, String reasoning) {
    public ChatReply(String text, long inputTokens, long outputTokens) {
        this(text, inputTokens, outputTokens, null);
    }
}
