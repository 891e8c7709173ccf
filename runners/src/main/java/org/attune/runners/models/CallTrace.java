package org.attune.runners.models;

import java.util.List;

/**
 * One model call as {@code attune check} shows it: the role, the raw reply, the text after
 * normalization and the normalizations applied, the reasoning taken out, whether the role could read
 * it, the latency and tokens, and whether it came from the cache.
 */
public record CallTrace(String role, String raw, String text, String reasoning, List<String> applied, boolean parsed,
                        long millis, long inputTokens, long outputTokens, boolean cached) {
    public CallTrace {
        applied = List.copyOf(applied);
    }
}
