package org.attune.runners.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Turn;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.util.Mappers;
import org.attune.runners.models.internal.ChatCall;
import org.attune.runners.models.internal.JsonReplies;
import org.attune.runners.models.internal.Message;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.NormalizedReply;
import org.attune.runners.models.internal.PromptText;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.ReplyShape;
import org.attune.runners.models.internal.Template;

/**
 * A candidate agent backed by a model (SPEC §2). Each condition has its own prompt. In discovery
 * every turn must be {@code {"action": "ask"|"answer", "text": ...}}; the fallback format is a reply
 * starting with {@code ASK:} or {@code ANSWER:}, or a reply that is only a question (an ask); anything
 * else is recorded as a format error and taken as the final answer. Every reply is normalized first
 * (reasoning apart, a whole-reply fence unwrapped; for final responses also an announcing first line
 * dropped and an action object unwrapped). The final step after the budget is spent reminds it of
 * the question.
 */
public final class ModelAgent implements Agent {
    static final String ROLE = "agent";
    /** The normalization of a discovery reply that was only a question. */
    static final String QUESTION_AS_ASK = "question-as-ask";
    private static final int MAX_QUESTION = 400;

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
        return answer(new ChatCall(ROLE, t, withImage(t.render(values), image), false));
    }

    /** A final response: plain text, normalized (reasoning, fence, announcing line, action object unwrapped). */
    private AgentAction answer(ChatCall call) {
        ModelClient.Parsed<String> p = client.ask(call, ReplyShape.TEXT, NormalizedReply::text);
        if (!p.ok()) {
            client.ledger().formatError(ROLE, "the reply held no answer besides its reasoning; recorded as empty");
        }
        return AgentAction.answer(p.reply().text()).withReasoning(p.reply().reasoning());
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
            return answer(new ChatCall(ROLE, fin, messages, false));
        }
        ModelClient.Parsed<AgentAction> p = client.ask(new ChatCall(ROLE, t, messages, false), ReplyShape.JSON,
                this::readTurn);
        AgentAction a = p.ok() ? p.value() : unreadTurn(p.reply().text());
        return a.withReasoning(p.reply().reasoning());
    }

    /**
     * A discovery turn: the {@code {"action", "text"}} JSON, else {@code ASK:} / {@code ANSWER:}, else a
     * reply that is only a question (an ask, counted as a normalization); null when it is none of these.
     */
    private AgentAction readTurn(NormalizedReply r) {
        JsonNode n = JsonReplies.lastObject(r.text(), ModelAgent::isAction);
        if (n != null) {
            String text = n.get("text").asText().strip();
            return "ask".equals(n.get("action").asText().strip().toLowerCase(Locale.ROOT)) ? AgentAction.ask(text)
                    : AgentAction.answer(text);
        }
        String s = r.text().strip();
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.startsWith("ASK:") && s.length() > 4 && !s.substring(4).isBlank()) {
            return AgentAction.ask(s.substring(4).strip());
        }
        if (upper.startsWith("ANSWER:") && s.length() > 7 && !s.substring(7).isBlank()) {
            return AgentAction.answer(s.substring(7).strip());
        }
        if (onlyAQuestion(s)) {
            client.ledger().normalized(ROLE, List.of(QUESTION_AS_ASK));
            return AgentAction.ask(s);
        }
        return null;
    }

    private AgentAction unreadTurn(String text) {
        client.ledger().formatError(ROLE, "a discovery turn was neither {\"action\", \"text\"} JSON, ASK:/ANSWER: nor "
                + "a question; taken as the final answer");
        return AgentAction.answer(text.strip());
    }

    /** One short paragraph ending in a question mark: what a model that forgot the JSON asks. */
    static boolean onlyAQuestion(String s) {
        return s.endsWith("?") && s.length() <= MAX_QUESTION && !s.contains("\n\n") && !s.contains("```");
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
