package org.attune.runners.models.internal;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a call through a LangChain4j {@link ChatModel}; temperature and max tokens go per request. The
 * reasoning a server sent beside the text arrives as {@code AiMessage.thinking()} (see {@link ReasoningField}).
 */
public final class LangChainBackend implements ChatBackend {
    private final ChatModel model;

    public LangChainBackend(ChatModel model) {
        this.model = model;
    }

    @Override
    public ChatReply send(List<Message> messages, Double temperature, Integer maxTokens) {
        List<ChatMessage> list = new ArrayList<>();
        for (Message m : messages) {
            list.add(switch (m.role()) {
                case "system" -> SystemMessage.from(m.text());
                case "assistant" -> AiMessage.from(m.text());
                default -> m.image() == null ? UserMessage.from(m.text())
                        : UserMessage.from(TextContent.from(m.text()), ImageParts.content(m.image()));
            });
        }
        ChatRequest.Builder req = ChatRequest.builder().messages(list);
        if (temperature != null) {
            req.temperature(temperature);
        }
        if (maxTokens != null) {
            req.maxOutputTokens(maxTokens);
        }
        ChatResponse r = model.chat(req.build());
        String text = r.aiMessage() == null ? null : r.aiMessage().text();
        String thinking = r.aiMessage() == null ? null : r.aiMessage().thinking();
        TokenUsage u = r.tokenUsage();
        long in = u == null || u.inputTokenCount() == null ? 0 : u.inputTokenCount();
        long out = u == null || u.outputTokenCount() == null ? 0 : u.outputTokenCount();
        return new ChatReply(text, in, out, thinking, r.finishReason() == FinishReason.LENGTH);
    }
}
