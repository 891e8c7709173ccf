package org.attune.runners.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.attune.evaluator.CriterionScore;
import org.attune.evaluator.Judge;
import org.attune.personas.Attribute;
import org.attune.personas.Persona;
import org.attune.personas.Preference;
import org.attune.runners.models.internal.ChatCall;
import org.attune.runners.models.internal.JsonReplies;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.PromptText;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.Template;

/**
 * A model judge of one criterion per call (SPEC §2, §3): the attribute with its anchors, the
 * person's value and reason, and the response fenced between markers it is told hold data, never
 * instructions. Temperature 0. The score comes from the last valid JSON object; a missing or
 * out-of-range score is an {@link InvalidJudgementException}.
 */
public final class RubricModelJudge implements Judge {
    static final String ROLE = "judge";
    private static final int MAX_JUSTIFICATION = 300;

    private final ModelClient client;

    RubricModelJudge(ModelClient client) {
        this.client = client;
    }

    @Override
    public CriterionScore score(Attribute attribute, String value, Persona persona, String response) {
        Template t = Prompts.get(Prompts.JUDGE);
        Preference own = persona == null ? null : persona.preferences().get(attribute.id());
        String why = own == null || own.why() == null || own.why().isBlank() ? "(not stated)" : own.why().strip();
        String text = response == null ? "" : response;
        String reply = client.chat(new ChatCall(ROLE, t, t.render(Map.of(
                "attributeName", attribute.name(),
                "attributeDescription", attribute.description().strip(),
                "anchors", PromptText.anchors(attribute),
                "value", PromptText.value(attribute, value),
                "why", why,
                "nonce", PromptText.nonce(text),
                "response", text)), true));
        JsonNode n = JsonReplies.lastObject(reply, x -> x.has("score"));
        if (n == null) {
            throw new InvalidJudgementException("judge gave no JSON object with a score for " + attribute.id());
        }
        Integer score = score(n.get("score"));
        if (score == null) {
            throw new InvalidJudgementException("judge score for " + attribute.id() + " must be an integer 1-5, was "
                    + n.get("score"));
        }
        String justification = JsonReplies.text(n, "justification");
        return new CriterionScore(attribute.id(), score, CriterionScore.MODEL, oneLine(justification));
    }

    /** An integer 1-5, given as a number or a numeric string; null otherwise. */
    static Integer score(JsonNode s) {
        double d;
        if (s.isNumber()) {
            d = s.asDouble();
        } else if (s.isTextual()) {
            try {
                d = Double.parseDouble(s.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        if (d != Math.rint(d) || d < 1 || d > 5) {
            return null;
        }
        return (int) d;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "model judge gave no justification";
        }
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() > MAX_JUSTIFICATION ? line.substring(0, MAX_JUSTIFICATION) + "..." : line;
    }
}
