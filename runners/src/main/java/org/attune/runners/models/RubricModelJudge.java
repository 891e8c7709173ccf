package org.attune.runners.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.api.Attribute;
import org.attune.api.CriterionScore;
import org.attune.api.Judge;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.runners.models.internal.ChatCall;
import org.attune.runners.models.internal.Message;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.PromptText;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.ReplyShape;
import org.attune.runners.models.internal.Template;

/**
 * A model judge of one criterion per call (SPEC §2, §3): the attribute with its anchors, the
 * person's value and reason, and the response fenced between markers it is told hold data, never
 * instructions. Temperature 0. The score is read by {@link JudgeReplyReader} (JSON, else a labelled
 * score in text, whose form is counted); a reply with neither gets one repair turn asking for the
 * JSON only; failing that, {@link InvalidJudgementException}: that criterion alone is left unscored.
 */
public final class RubricModelJudge implements Judge {
    static final String ROLE = "judge";
    /** The normalization counted when a repair turn was needed. */
    static final String REPAIR = "repair-turn";
    private static final int MAX_JUSTIFICATION = 300;

    private final ModelClient client;

    RubricModelJudge(ModelClient client) {
        this.client = client;
    }

    /** The templates this judge renders, for run.json. */
    static List<String> templates() {
        return List.of(Prompts.JUDGE, Prompts.JUDGE_REPAIR);
    }

    @Override
    public CriterionScore score(Attribute attribute, String value, Persona persona, String response) {
        Template t = Prompts.get(Prompts.JUDGE);
        Preference own = persona == null ? null : persona.preferences().get(attribute.id());
        String why = own == null || own.why() == null || own.why().isBlank() ? "(not stated)" : own.why().strip();
        String text = response == null ? "" : response;
        List<Message> messages = t.render(Map.of(
                "attributeName", attribute.name(),
                "attributeDescription", attribute.description().strip(),
                "anchors", PromptText.anchors(attribute),
                "value", PromptText.value(attribute, value),
                "why", why,
                "nonce", PromptText.nonce(text),
                "response", text));
        ModelClient.Parsed<JudgeReplyReader.Reading> p = client.ask(new ChatCall(ROLE, t, messages, true),
                ReplyShape.JSON, r -> JudgeReplyReader.read(r.text()));
        if (!p.ok()) {
            client.ledger().formatError(ROLE, "no score 1-5 for " + attribute.id() + " in its reply; asked once more");
            client.ledger().normalized(ROLE, List.of(REPAIR));
            Template repair = Prompts.get(Prompts.JUDGE_REPAIR);
            List<Message> again = new ArrayList<>(messages);
            again.add(Message.assistant(p.reply().text().isBlank() ? p.reply().raw() : p.reply().text()));
            again.add(Message.user(repair.renderUser(Map.of())));
            p = client.ask(new ChatCall(ROLE, repair, again, true), ReplyShape.JSON, r -> JudgeReplyReader.read(r.text()));
        }
        if (!p.ok()) {
            throw new InvalidJudgementException("judge gave no score 1-5 for " + attribute.id()
                    + ", also when asked again for the JSON alone; its reply began: " + excerpt(p.reply().raw()));
        }
        JudgeReplyReader.Reading reading = p.value();
        if (!JudgeReplyReader.JSON.equals(reading.form())) {
            client.ledger().normalized(ROLE, List.of(reading.form()));
        }
        return new CriterionScore(attribute.id(), reading.score(), CriterionScore.MODEL, oneLine(reading.justification()));
    }

    private static String excerpt(String s) {
        String line = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return "\"" + (line.length() > 120 ? line.substring(0, 120) + "..." : line) + "\"";
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "model judge gave no justification";
        }
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() > MAX_JUSTIFICATION ? line.substring(0, MAX_JUSTIFICATION) + "..." : line;
    }
}
