package org.attune.runners.models.internal;

/** What a model answered, with the tokens the provider counted (0 when it did not say). */
public record ChatReply(String text, long inputTokens, long outputTokens) {
}
