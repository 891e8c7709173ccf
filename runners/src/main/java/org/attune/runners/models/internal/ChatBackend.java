package org.attune.runners.models.internal;

import java.util.List;

/** Sends one chat request to a provider, once: no cache, no retry, no limit. */
@FunctionalInterface
public interface ChatBackend {
    ChatReply send(List<Message> messages, Double temperature, Integer maxTokens);
}
