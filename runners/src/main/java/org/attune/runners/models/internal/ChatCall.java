package org.attune.runners.models.internal;

import java.util.List;

/**
 * One model call as a role makes it: which role (for usage), the template it was rendered from
 * (its hash is part of the cache key), the full message list, and whether it must be deterministic
 * (temperature 0, as for the judge).
 */
public record ChatCall(String role, Template template, List<Message> messages, boolean deterministic) {
    public ChatCall {
        messages = List.copyOf(messages);
    }
}
