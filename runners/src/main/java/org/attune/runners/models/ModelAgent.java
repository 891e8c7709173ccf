package org.attune.runners.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.evaluator.Turn;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.internal.Mappers;
import org.attune.runners.Agent;
import org.attune.runners.AgentAction;
import org.attune.runners.AgentContext;
import org.attune.runners.models.internal.ChatCall;
import org.attune.runners.models.internal.JsonReplies;
import org.attune.runners.models.internal.Message;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.PromptText;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.Template;

/**
 * A candidate agent backed by a model (SPEC §2). Each condition has its own prompt. In discovery
 * every turn must be {@code {"action": "ask"|"answer", "text": ...}}; the fallback format is a reply
 * starting with {@code ASK:} or {@code ANSWER:}; anything else is recorded as a format error and
 * taken as the final answer. The final step after the budget is spent reminds it of the question.
 */
public final class ModelAgent implements Agent {
    static final String ROLE = "agent";

    private final ModelClient client;
    private final AttributeCatalog catalog;

    ModelAgent(ModelClient client, AttributeCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    /** The templates this agent renders, for run.json. */
    static List<String> templates() {
        return List.of(Prompts.AGENT_GENERIC, Prompts.AGENT_PERSONA, Prompts.AGENT_ORACLE, Prompts.AGENT_PERSONA_KNOWN,
                Prompts.AGENT_DISCOVERY, Prompts.AGENT_FINAL);
    }

    /** A model agent is sent an item's image with the question (a model that refuses images fails that episode). */
    @Override
    public boolean takesImages() {
        return true;
    }

    @Override
    public AgentAction act(AgentContext ctx) {
        String question = ctx.item().prompt();
        return switch (ctx.condition()) {
            case GENERIC -> once(Prompts.AGENT_GENERIC, Map.of("question", question), ctx.image());
            case PERSONA -> once(Prompts.AGENT_PERSONA, Map.of("question", question,
                    "profile", ctx.persona() == null ? "(nothing)" : ctx.persona().profile()), ctx.image());
            case ORACLE -> once(Prompts.AGENT_ORACLE, Map.of("question", question, "preferences",
                    ctx.oracle() == null ? "(none)" : PromptText.preferences(ctx.oracle(), catalog, null, false)),
                    ctx.image());
            case PERSONA_KNOWN -> once(Prompts.AGENT_PERSONA_KNOWN, Map.of("question", question,
                    "profile", ctx.persona() == null ? "(nothing)" : PromptText.persona(ctx.persona()),
                    "preferences", ctx.oracle() == null ? "(none)"
                            : PromptText.preferences(ctx.oracle(), catalog, ctx.persona(), true)), ctx.image());
            case DISCOVERY -> discovery(ctx, question);
        };
    }

    private AgentAction once(String name, Map<String, String> values, String image) {
        Template t = Prompts.get(name);
        return AgentAction.answer(client.chat(new ChatCall(ROLE, t, withImage(t.render(values), image), false)).strip());
    }

    /** The messages with the item's image on the first user message (the question). */
    static List<Message> withImage(List<Message> messages, String image) {
        List<Message> out = new ArrayList<>(messages);
        for (int i = 0; image != null && i < out.size(); i++) {
            if ("user".equals(out.get(i).role())) {
                out.set(i, out.get(i).withImage(image));
                break;
            }
        }
        return out;
    }

    private AgentAction discovery(AgentContext ctx, String question) {
        Template t = Prompts.get(Prompts.AGENT_DISCOVERY);
        int asked = (int) ctx.transcript().stream().filter(x -> Turn.AGENT.equals(x.role())).count();
        List<Message> messages = withImage(t.render(Map.of("question", question,
                "budget", String.valueOf(asked + ctx.questionsLeft()))), ctx.image());
        if (ctx.exactQuestions() && !messages.isEmpty() && "system".equals(messages.get(0).role())) {
            messages.set(0, Message.system(messages.get(0).text() + "\n\nAsk exactly " + (asked + ctx.questionsLeft())
                    + " questions, one per turn, before you give your final response: no fewer and no more."));
        }
        for (Turn turn : ctx.transcript()) {
            messages.add(Turn.AGENT.equals(turn.role()) ? Message.assistant(askJson(turn.text())) : Message.user(turn.text()));
        }
        if (ctx.mustAnswer()) {
            Template fin = Prompts.get(Prompts.AGENT_FINAL);
            messages.add(Message.user(fin.renderUser(Map.of("question", question))));
            String reply = client.chat(new ChatCall(ROLE, fin, messages, false));
            JsonNode n = JsonReplies.lastObject(reply, ModelAgent::isAction);
            return AgentAction.answer(n != null ? n.get("text").asText().strip() : reply.strip());
        }
        String reply = client.chat(new ChatCall(ROLE, t, messages, false));
        return parseTurn(reply);
    }

    /** Reads one discovery turn: JSON, else the ASK:/ANSWER: fallback, else a format error and an answer. */
    AgentAction parseTurn(String reply) {
        JsonNode n = JsonReplies.lastObject(reply, ModelAgent::isAction);
        if (n != null) {
            String text = n.get("text").asText().strip();
            return "ask".equals(n.get("action").asText().toLowerCase(Locale.ROOT)) ? AgentAction.ask(text)
                    : AgentAction.answer(text);
        }
        String s = reply.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.startsWith("ASK:") && s.length() > 4 && !s.substring(4).isBlank()) {
            return AgentAction.ask(s.substring(4).strip());
        }
        if (upper.startsWith("ANSWER:") && s.length() > 7 && !s.substring(7).isBlank()) {
            return AgentAction.answer(s.substring(7).strip());
        }
        client.ledger().formatError(ROLE, "a discovery turn was neither {\"action\", \"text\"} JSON nor ASK:/ANSWER:; "
                + "taken as the final answer");
        return AgentAction.answer(s);
    }

    private static boolean isAction(JsonNode n) {
        String action = JsonReplies.text(n, "action");
        return action != null && JsonReplies.text(n, "text") != null
                && ("ask".equalsIgnoreCase(action.strip()) || "answer".equalsIgnoreCase(action.strip()));
    }

    private static String askJson(String text) {
        return Mappers.json().createObjectNode().put("action", "ask").put("text", text).toString();
    }
}
