package org.attune.runners.models.internal;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/**
 * Builds the LangChain4j chat model of an endpoint. LangChain4j's own retries are off (attune
 * retries with its own budgets); OpenAI, Ollama and OpenAI-compatible servers share the OpenAI
 * client. The seed is sent where the provider supports one.
 */
public final class ProviderFactory {
    /** Sent when a keyless OpenAI-compatible server needs some bearer value; never a secret. */
    static final String NO_KEY = "no-key";

    private ProviderFactory() {
    }

    public static ChatModel create(Endpoint e, Integer seed, Duration timeout, HttpClientBuilder http) {
        String key = e.key().isPresent() ? e.key().reveal() : NO_KEY;
        return switch (e.provider()) {
            case OPENAI, OLLAMA, OPENAI_COMPATIBLE -> OpenAiChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(e.baseUrl())
                    .apiKey(key)
                    .modelName(e.model())
                    .seed(seed)
                    .timeout(timeout)
                    .maxRetries(0)
                    .returnThinking(true) // reasoning_content -> AiMessage.thinking(), kept apart from the text
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(e.baseUrl())
                    .apiKey(key)
                    .modelName(e.model())
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
            case GEMINI -> GoogleAiGeminiChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(e.baseUrl())
                    .apiKey(key)
                    .modelName(e.model())
                    .seed(seed)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
        };
    }
}
