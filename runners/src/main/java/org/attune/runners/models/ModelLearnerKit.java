package org.attune.runners.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.Attribute;
import org.attune.api.InferredPreferences;
import org.attune.api.Round;
import org.attune.personas.AttributeCatalog;
import org.attune.runners.learners.Aggregator;
import org.attune.runners.learners.ContextEmbedding;
import org.attune.runners.learners.EditReader;
import org.attune.runners.learners.Example;
import org.attune.runners.learners.LearnerKit;
import org.attune.runners.learners.Responder;
import org.attune.runners.models.internal.ChatCall;
import org.attune.runners.models.internal.JsonReplies;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.PromptText;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.Template;

/**
 * The longitudinal learners on the agent's model: the model writes each answer from what the learner
 * believes (or from examples), infers a preference from each edit, and combines retrieved preferences
 * (CIPHER). Inference and aggregation reply {@code {"preference": "...", "attributes": {id: value}}};
 * the attributes, limited to the {@code rules} attributes of the item's domain, are what the inference
 * accuracy is scored on. A reply without that object is a format error and its text is kept as the
 * description. Answers are the {@code agent} role's usage, inference and aggregation the {@code learner}'s.
 */
public final class ModelLearnerKit implements Responder, EditReader, Aggregator {
    static final String ANSWER_ROLE = "agent";
    static final String LEARN_ROLE = "learner";

    private final ModelClient client;
    private final AttributeCatalog catalog;

    ModelLearnerKit(ModelClient client, AttributeCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    /** The templates these learners render, for run.json. */
    static List<String> templates() {
        return List.of(Prompts.LEARNER_ANSWER, Prompts.LEARNER_INFER, Prompts.LEARNER_AGGREGATE);
    }

    LearnerKit kit(ContextEmbedding embedding) {
        return new LearnerKit(this, this, this, embedding, false);
    }

    @Override
    public String respond(Round round, InferredPreferences belief, List<Example> examples) {
        String learned;
        if (!examples.isEmpty()) {
            StringBuilder sb = new StringBuilder("Here are earlier requests of theirs that resemble this one, each "
                    + "with your answer and their edited version of it. Write your answer the way their edits show "
                    + "they want it.");
            int n = 0;
            for (Example e : examples) {
                String nonce = PromptText.nonce(e.context() + e.response() + e.edited());
                n++;
                sb.append("\n\nExample ").append(n).append(":\n<<<REQUEST ").append(nonce).append(">>>\n")
                        .append(e.context()).append("\n<<<END REQUEST ").append(nonce).append(">>>\n<<<ANSWER ")
                        .append(nonce).append(">>>\n").append(e.response()).append("\n<<<END ANSWER ").append(nonce)
                        .append(">>>\n<<<EDITED ").append(nonce).append(">>>\n").append(e.edited())
                        .append("\n<<<END EDITED ").append(nonce).append(">>>");
            }
            learned = sb.toString();
        } else if (belief.isEmpty()) {
            learned = "You have not learned anything yet about how they like answers given.";
        } else {
            learned = "What you have learned about how they like answers to requests of this kind:\n" + text(belief);
        }
        Template t = Prompts.get(Prompts.LEARNER_ANSWER);
        return client.chat(new ChatCall(ANSWER_ROLE, t, t.render(Map.of("learned", learned,
                "question", round.item().prompt())), false)).strip();
    }

    @Override
    public InferredPreferences read(Round round, String response, String edited, InferredPreferences applied) {
        Template t = Prompts.get(Prompts.LEARNER_INFER);
        String reply = client.chat(new ChatCall(LEARN_ROLE, t, t.render(Map.of(
                "dimensions", dimensions(round.task().domain()),
                "nonce", PromptText.nonce(round.context() + response + edited),
                "context", round.context(), "response", response, "edited", edited)), false));
        return parse(reply, round.task().domain(), "an edit's inference");
    }

    @Override
    public InferredPreferences aggregate(Round round, List<InferredPreferences> beliefs) {
        if (beliefs.stream().distinct().count() == 1) {
            return beliefs.get(0); // nothing to combine
        }
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < beliefs.size(); i++) {
            notes.append(i + 1).append(". ").append(beliefs.get(i).isEmpty() ? "(the edit showed nothing)"
                    : text(beliefs.get(i)).replace("\n", " ")).append('\n');
        }
        Template t = Prompts.get(Prompts.LEARNER_AGGREGATE);
        String reply = client.chat(new ChatCall(LEARN_ROLE, t, t.render(Map.of(
                "dimensions", dimensions(round.task().domain()), "notes", notes.toString().strip())), false));
        return parse(reply, round.task().domain(), "an aggregation");
    }

    /** A belief in words: its description, else one line per value. */
    String text(InferredPreferences belief) {
        if (belief.description() != null) {
            return belief.description();
        }
        List<String> lines = new ArrayList<>();
        belief.values().forEach((id, value) -> {
            Attribute a = catalog.find(id).orElse(null);
            lines.add("- " + (a == null ? id + ": " + value : a.name() + ": " + PromptText.value(a, value)));
        });
        return String.join("\n", lines);
    }

    /** The rules attributes of a domain with their values, one line each. */
    String dimensions(String domain) {
        List<String> lines = new ArrayList<>();
        for (Attribute a : catalog.all()) {
            if (a.isRules() && a.appliesTo(domain)) {
                lines.add("- " + a.id() + " (" + a.name() + "): " + String.join(" | ", a.values()));
            }
        }
        return String.join("\n", lines);
    }

    InferredPreferences parse(String reply, String domain, String what) {
        JsonNode n = JsonReplies.lastObject(reply, o -> JsonReplies.text(o, "preference") != null);
        if (n == null) {
            client.ledger().formatError(LEARN_ROLE, what + " was not {\"preference\", \"attributes\"} JSON; "
                    + "its text is kept as the description");
            return new InferredPreferences(Map.of(), reply.strip());
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode attrs = n.get("attributes");
        if (attrs != null && attrs.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = attrs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Attribute a = catalog.find(e.getKey()).orElse(null);
                String v = e.getValue().asText("").strip();
                if (a != null && a.isRules() && a.appliesTo(domain) && a.isValidValue(v)) {
                    values.put(a.id(), v);
                }
            }
        }
        return new InferredPreferences(values, n.get("preference").asText().replace('\n', ' '));
    }
}
