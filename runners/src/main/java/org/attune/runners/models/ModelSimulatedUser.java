package org.attune.runners.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.api.Attribute;
import org.attune.api.Match;
import org.attune.api.SimulatedUser;
import org.attune.api.Turn;
import org.attune.api.UserContext;
import org.attune.api.UserReply;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.util.Mappers;
import org.attune.tasks.formats.PrefDiscoAttributes;
import org.attune.runners.models.internal.ChatCall;
import org.attune.runners.models.internal.JsonReplies;
import org.attune.runners.models.internal.Message;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.PromptText;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.ReplyShape;
import org.attune.runners.models.internal.Template;

/**
 * The simulated person played by a model (SPEC §2), passive or collaborative. It sees the persona,
 * the active preferences and the dialogue, never the task or its answer. It replies
 * {@code {"thought", "reply", "targets"}}; the targets (catalog ids) become the turn's matches with
 * similarity 1.0, so elicitation is scored as for the offline user. Targets given as attribute names
 * are mapped to their ids (a normalization); unknown ones are dropped and, like a reply that is not
 * JSON, recorded as a format error.
 */
public final class ModelSimulatedUser implements SimulatedUser {
    static final String ROLE = "user";
    /** The normalization of targets given as attribute names instead of ids. */
    static final String TARGET_NAMES = "target-names";

    private final ModelClient client;
    private final AttributeCatalog catalog;
    private final Template template;

    ModelSimulatedUser(ModelClient client, AttributeCatalog catalog, boolean collaborative) {
        this.client = client;
        this.catalog = catalog;
        this.template = Prompts.get(collaborative ? Prompts.USER_COLLABORATIVE : Prompts.USER_PASSIVE);
    }

    static String templateName(boolean collaborative) {
        return collaborative ? Prompts.USER_COLLABORATIVE : Prompts.USER_PASSIVE;
    }

    @Override
    public UserReply reply(UserContext ctx, String message) {
        List<Message> messages = new ArrayList<>();
        messages.add(Message.system(template.renderSystem(Map.of(
                "persona", PromptText.persona(ctx.persona()),
                "preferences", PromptText.preferences(ctx.active(), catalog, ctx.persona(), true),
                "attributes", PromptText.catalog(listed(ctx))))));
        List<Turn> turns = ctx.transcript();
        for (Turn t : turns) {
            messages.add(Turn.AGENT.equals(t.role()) ? Message.user(t.text()) : Message.assistant(replyJson(t)));
        }
        Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
        if (last == null || !Turn.AGENT.equals(last.role()) || !last.text().equals(message)) {
            messages.add(Message.user(message)); // the engine has usually journaled the message already
        }
        ModelClient.Parsed<JsonNode> p = client.ask(new ChatCall(ROLE, template, messages, false), ReplyShape.JSON,
                r -> JsonReplies.lastObject(r.text(), x -> JsonReplies.text(x, "reply") != null));
        String reasoning = p.reply().reasoning();
        if (!p.ok()) {
            client.ledger().formatError(ROLE, "reply was not {\"thought\", \"reply\", \"targets\"} JSON; "
                    + "its text was taken as the reply, with no targets");
            return new UserReply(p.reply().text().strip(), List.of(), reasoning);
        }
        JsonNode n = p.value();
        return new UserReply(n.get("reply").asText().strip(), targets(n.get("targets")), reasoning);
    }

    /**
     * The dimensions the person's reply may name: the catalog without other items' own rubric criteria
     * (a PrefDisco file brings thousands), plus this episode's active ones.
     */
    private AttributeCatalog listed(UserContext ctx) {
        if (catalog.all().stream().noneMatch(a -> PrefDiscoAttributes.isCriterion(a.id()))) {
            return catalog;
        }
        java.util.Set<String> active = new java.util.HashSet<>();
        ctx.active().items().forEach(p -> active.add(p.attribute()));
        return AttributeCatalog.of(catalog.all().stream()
                .filter(a -> !PrefDiscoAttributes.isCriterion(a.id()) || active.contains(a.id())).toList());
    }

    private List<Match> targets(JsonNode node) {
        Set<String> ids = new LinkedHashSet<>();
        if (node != null && node.isArray()) {
            boolean byName = false;
            for (JsonNode t : node) {
                String id = t.asText("").strip();
                String named = catalog.find(id).isPresent() ? null : byName(id);
                if (catalog.find(id).isPresent()) {
                    ids.add(id);
                } else if (named != null) {
                    ids.add(named);
                    byName = true;
                } else if (!id.isEmpty()) {
                    client.ledger().formatError(ROLE, "targets named \"" + id + "\", which is no attribute id; dropped");
                }
            }
            if (byName) {
                client.ledger().normalized(ROLE, List.of(TARGET_NAMES));
            }
        } else if (node != null && !node.isNull()) {
            client.ledger().formatError(ROLE, "targets was not a list; ignored");
        }
        return ids.stream().map(id -> new Match(id, 1.0)).toList();
    }

    /** The id of the attribute a target names by its name or a spelling of its id ("Word budget"), or null. */
    private String byName(String target) {
        String key = slug(target);
        if (key.isEmpty()) {
            return null;
        }
        for (Attribute a : catalog.all()) {
            if (slug(a.id()).equals(key) || slug(a.name()).equals(key)) {
                return a.id();
            }
        }
        return null;
    }

    private static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String replyJson(Turn t) {
        ObjectNode o = Mappers.json().createObjectNode();
        o.put("reply", t.text());
        com.fasterxml.jackson.databind.node.ArrayNode targets = o.putArray("targets");
        t.matched().forEach(m -> targets.add(m.attribute()));
        return o.toString();
    }
}
