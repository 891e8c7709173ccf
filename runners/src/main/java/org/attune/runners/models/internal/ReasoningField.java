package org.attune.runners.models.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attune.personas.util.Mappers;

/**
 * LangChain4j 1.19's OpenAI client reads a message's {@code reasoning_content} (DeepSeek, vLLM,
 * llama.cpp) into {@code AiMessage.thinking()} when built with {@code returnThinking(true)}, but
 * ignores the {@code reasoning} field that OpenRouter and newer vLLM and Ollama send instead. This
 * copies {@code reasoning} into {@code reasoning_content} in a chat completion's body, so both reach
 * the same place; any other body passes unchanged.
 */
final class ReasoningField {
    private static final String MARK = "\"reasoning\"";

    private ReasoningField() {
    }

    static String adapt(String body) {
        if (body == null || !body.contains(MARK)) {
            return body; // the common case costs one scan, no parse
        }
        try {
            JsonNode root = Mappers.json().readTree(body);
            boolean changed = false;
            for (JsonNode choice : root.path("choices")) {
                JsonNode m = choice.path("message");
                if (m instanceof ObjectNode msg && msg.path("reasoning").isTextual() && !msg.hasNonNull("reasoning_content")) {
                    msg.put("reasoning_content", msg.get("reasoning").asText());
                    changed = true;
                }
            }
            return changed ? Mappers.json().writeValueAsString(root) : body;
        } catch (Exception notJson) {
            return body;
        }
    }
}
