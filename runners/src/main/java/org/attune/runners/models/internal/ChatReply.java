package org.attune.runners.models.internal;

/**
 * What a model answered, with the tokens the provider counted (0 when it did not say), the
 * reasoning an OpenAI-compatible server sent beside the text ({@code reasoning_content} or
 * {@code reasoning}; null when none), and whether the provider said it stopped at the token limit
 * ({@code finish_reason: "length"}).
 */
public record ChatReply(String text, long inputTokens, long outputTokens, String reasoning, boolean cut) {
    public ChatReply(String text, long inputTokens, long outputTokens) {
        this(text, inputTokens, outputTokens, null);
    }

    public ChatReply(String text, long inputTokens, long outputTokens, String reasoning) {
        this(text, inputTokens, outputTokens, reasoning, false);
    }
}
