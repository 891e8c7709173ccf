package org.attune.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One chat-completions request as {@link LocalChatServer} received it: the parsed body, the
 * messages as (role, text) pairs, the Authorization header, and the role of attune's prompt that
 * made it ({@code agent}, {@code user}, {@code judge}, {@code editor}, {@code correctness}; null if
 * unknown), told from how the system prompt begins.
 */
public record ChatExchange(int number, JsonNode body, List<Msg> messages, String authorization, String role) {

    /** One message of the request. */
    public record Msg(String role, String text) {
    }

    public ChatExchange {
        messages = List.copyOf(messages);
    }

    static ChatExchange of(int number, JsonNode body, String authorization) {
        List<Msg> msgs = new ArrayList<>();
        for (JsonNode m : body.path("messages")) {
            JsonNode c = m.path("content");
            String text;
            if (c.isArray()) { // content given as parts: join the text parts
                StringBuilder sb = new StringBuilder();
                c.forEach(part -> sb.append(part.path("text").asText("")));
                text = sb.toString();
            } else {
                text = c.asText("");
            }
            msgs.add(new Msg(m.path("role").asText(""), text));
        }
        String system = msgs.stream().filter(m -> m.role().equals("system")).map(Msg::text).findFirst().orElse(null);
        return new ChatExchange(number, body, msgs, authorization, PromptRoles.roleOf(system));
    }

    public String system() {
        return messages.stream().filter(m -> m.role().equals("system")).map(Msg::text).findFirst().orElse("");
    }

    /** The text of the last message (what the role is asked now). */
    public String last() {
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).text();
    }

    public long count(String messageRole) {
        return messages.stream().filter(m -> m.role().equals(messageRole)).count();
    }

    /** A word count of every message, standing in for the prompt's token count. */
    public int words() {
        int n = 0;
        for (Msg m : messages) {
            n += LocalChatServer.words(m.text());
        }
        return n;
    }
}
