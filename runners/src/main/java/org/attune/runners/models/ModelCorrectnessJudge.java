package org.attune.runners.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.attune.api.AnswerType;
import org.attune.api.Correctness;
import org.attune.api.CorrectnessChecker;
import org.attune.api.Item;
import org.attune.runners.models.internal.ChatCall;
import org.attune.runners.models.internal.JsonReplies;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.PromptText;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.ReplyShape;
import org.attune.runners.models.internal.Template;

/**
 * {@code --correctness-judge SPEC}: a model decides correctness of {@code text} answers (SPEC §3);
 * every other answer type stays with the deterministic checker. A reply with no verdict counts as
 * incorrect, with the reason recorded. Temperature 0.
 */
public final class ModelCorrectnessJudge implements CorrectnessChecker {
    private final ModelClient client;
    private final CorrectnessChecker deterministic;

    ModelCorrectnessJudge(ModelClient client, CorrectnessChecker deterministic) {
        this.client = client;
        this.deterministic = deterministic;
    }

    @Override
    public Correctness check(AnswerType type, Item item, String response) {
        if (type != AnswerType.TEXT) {
            return deterministic.check(type, item, response);
        }
        Template t = Prompts.get(Prompts.CORRECTNESS);
        String text = response == null ? "" : response;
        JsonNode n = client.ask(new ChatCall(RubricModelJudge.ROLE, t, t.render(Map.of(
                "question", item.prompt(),
                "answer", String.valueOf(item.answer()),
                "aliases", item.aliases().isEmpty() ? "(none)" : String.join("; ", item.aliases()),
                "nonce", PromptText.nonce(text),
                "response", text)), true), ReplyShape.JSON,
                r -> JsonReplies.lastObject(r.text(), x -> x.path("correct").isBoolean())).value();
        if (n == null) {
            return new Correctness(false, null, "correctness judge: no {\"correct\": true|false} verdict in its reply");
        }
        String why = JsonReplies.text(n, "justification");
        return new Correctness(n.get("correct").asBoolean(), JsonReplies.text(n, "extracted"),
                "correctness judge: " + (why == null ? "no reason given" : why.strip().replaceAll("\\s+", " ")));
    }
}
