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
 * every other answer type stays with the deterministic checker. The verdict is {@code "correct"} as a
 * boolean, or as the words judges put there instead ({@code "true"}, {@code "yes"}, {@code "no"}, ...). A
 * reply with no verdict counts as incorrect, with the reason recorded and a format error of the judge.
 * Temperature 0.
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
                r -> JsonReplies.lastObject(r.text(), x -> verdict(x.path("correct")) != null)).value();
        if (n == null) {
            client.ledger().formatError(RubricModelJudge.ROLE, "correctness of " + item.id()
                    + ": no {\"correct\": true|false} verdict in its reply; taken as incorrect");
            return new Correctness(false, null, "correctness judge: no {\"correct\": true|false} verdict in its reply");
        }
        String why = JsonReplies.text(n, "justification");
        return new Correctness(verdict(n.get("correct")), JsonReplies.text(n, "extracted"),
                "correctness judge: " + (why == null ? "no reason given" : why.strip().replaceAll("\\s+", " ")));
    }

    /** A boolean, or a string that says one ("true", "Yes", "incorrect", ...); null for anything else. */
    static Boolean verdict(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String w = v.isTextual() ? v.asText().strip().toLowerCase(java.util.Locale.ROOT) : "";
        return switch (w) {
            case "true", "yes", "correct" -> Boolean.TRUE;
            case "false", "no", "incorrect" -> Boolean.FALSE;
            default -> null;
        };
    }
}
