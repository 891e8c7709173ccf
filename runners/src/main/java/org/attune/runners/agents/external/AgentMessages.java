package org.attune.runners.agents.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.attune.api.ActivePreference;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Attribute;
import org.attune.api.Persona;
import org.attune.api.Turn;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.util.Mappers;

/**
 * The {@code attune.agent/v1} wire format (SPEC §2, docs/agents.md): one request per agent turn, one
 * reply {@code {id, action, text}}. {@code budget} is the episode's question budget in discovery (null in
 * other conditions), {@code fixedQuestions} that budget when the agent is to ask exactly that many
 * ({@code --fixed-questions}), {@code userEnded} whether the simulated person ended the dialogue.
 */
final class AgentMessages {
    static final String PROTOCOL = "attune.agent/v1";
    /** How much of an offending line an error quotes. */
    private static final int QUOTE = 200;
    /**
     * The longest {@code text} a reply may hold (docs/agents.md). A question or answer is prose a person
     * reads; the simulated user, judge and editor take time in step with its length, and one reply of
     * megabytes held a whole run up for minutes.
     */
    static final int MAX_TEXT = 100_000;

    private AgentMessages() {
    }

    static ObjectNode request(String id, AgentContext ctx, AttributeCatalog catalog) {
        ObjectNode r = Mappers.json().createObjectNode();
        r.put("protocol", PROTOCOL);
        r.put("id", id);
        r.put("episode", ctx.episodeKey());
        r.put("condition", ctx.condition().id());
        r.put("budget", ctx.budget());
        r.put("questionsLeft", ctx.questionsLeft());
        r.put("fixedQuestions", ctx.exactQuestions() ? ctx.budget() : null);
        r.put("userEnded", ctx.userEnded());
        r.put("final", ctx.mustAnswer());
        r.put("question", ctx.item().question());
        List<String> choices = ctx.item().choices();
        if (choices == null || choices.isEmpty()) {
            r.putNull("choices");
        } else {
            choices.forEach(r.putArray("choices")::add);
        }
        r.set("persona", ctx.persona() == null ? null : persona(ctx.persona()));
        if (ctx.oracle() == null) {
            r.putNull("preferences");
        } else {
            ArrayNode prefs = r.putArray("preferences");
            for (ActivePreference p : ctx.oracle().items()) {
                Attribute a = catalog.find(p.attribute()).orElse(null);
                ObjectNode o = prefs.addObject();
                o.put("attribute", p.attribute());
                o.put("name", a == null ? p.attribute() : a.name());
                o.put("description", a == null ? null : a.description());
                o.put("value", p.value());
                o.putNull("why"); // only persona_known tells the person's reasons
            }
        }
        ArrayNode turns = r.putArray("turns");
        for (Turn t : ctx.transcript()) {
            turns.addObject().put("role", t.role()).put("text", t.text());
        }
        return r;
    }

    private static ObjectNode persona(Persona p) {
        ObjectNode o = Mappers.json().createObjectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        o.put("age", p.age());
        o.put("occupation", p.occupation());
        o.put("location", p.location());
        o.put("background", p.background());
        o.set("bigFive", Mappers.json().valueToTree(p.bigFive()));
        o.put("cognitive", p.cognitive());
        o.put("affective", p.affective());
        p.expertise().forEach(o.putArray("expertise")::add);
        o.putNull("profile"); // a PrefDisco persona's nested fields; none in this build's personas
        return o;
    }

    /**
     * Reads a reply to request {@code id}; {@code agent} names the agent in messages.
     * @throws AgentProtocolException naming what is wrong, quoting the reply
     */
    static AgentAction reply(String agent, String id, boolean mustAnswer, JsonNode reply) {
        String where = agent + ": reply to request " + id + ": ";
        if (reply == null || !reply.isObject()) {
            throw new AgentProtocolException(where + "not a JSON object: " + quote(String.valueOf(reply)));
        }
        JsonNode action = reply.get("action");
        JsonNode text = reply.get("text");
        if (action == null || !action.isTextual()) {
            throw new AgentProtocolException(where + "\"action\" must be \"ask\" or \"answer\", was missing or not text: "
                    + quote(reply.toString()));
        }
        String a = action.asText().toLowerCase(Locale.ROOT);
        if (!a.equals("ask") && !a.equals("answer")) {
            throw new AgentProtocolException(where + "\"action\" must be \"ask\" or \"answer\", was \"" + action.asText()
                    + "\"");
        }
        if (text == null || !text.isTextual()) {
            throw new AgentProtocolException(where + "\"text\" must be a string: " + quote(reply.toString()));
        }
        if (text.asText().length() > MAX_TEXT) {
            throw new AgentProtocolException(where + "\"text\" holds " + text.asText().length() + " characters, more than the "
                    + MAX_TEXT + " a reply may hold");
        }
        if (mustAnswer && a.equals("ask")) {
            throw new AgentProtocolException(where + "the request had \"final\": true, which requires \"action\": "
                    + "\"answer\", was \"ask\"");
        }
        return a.equals("ask") ? AgentAction.ask(text.asText()) : AgentAction.answer(text.asText());
    }

    /** A line quoted in an error message, cut to a readable length. */
    static String quote(String line) {
        String s = line.length() > QUOTE ? line.substring(0, QUOTE) + "... (" + line.length() + " chars)" : line;
        return "\"" + s.replace("\n", "\\n") + "\"";
    }
}
