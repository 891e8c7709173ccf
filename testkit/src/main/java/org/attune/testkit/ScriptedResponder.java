package org.attune.testkit;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plausible, deterministic answers for every attune role, told apart by the system prompt: the
 * agent asks {@code questions} questions in discovery and then answers; the user replies in its
 * JSON wire format, targeting one attribute per question; the judge scores 4; the editor appends a
 * short sentence; the correctness judge says correct; a longitudinal learner infers short bulleted
 * answers from any edit. Enough to play and score whole episodes and rounds.
 */
public final class ScriptedResponder implements Function<ChatExchange, ChatAnswer> {
    /** The response every scripted agent gives. */
    public static final String RESPONSE = "Multiply the trays by the rolls on each: 6 times 8 is 48.\n\nThe answer is 48.";
    /** What a scripted longitudinal learner infers from any edit, and what it aggregates to. */
    public static final String LEARNED = "{\"preference\": \"Keep answers short and in bullet points.\", "
            + "\"attributes\": {\"layout\": \"bullets\", \"word-budget\": \"brief\"}}";
    /** What the scripted editor adds, so edit cost is not zero. */
    public static final String EDIT = " I hope this helps.";

    private static final List<String> QUESTIONS = List.of(
            "Would you like bullet points or a paragraph?",
            "Should I keep the answer short?",
            "Do you want a worked example?",
            "Should I put the answer first?",
            "Do you like a friendly tone?");
    private static final List<String> TARGETS = List.of("layout", "word-budget", "worked-example", "answer-placement",
            "encouragement");
    private static final Pattern FENCED = Pattern.compile("<<<RESPONSE (\\w+)>>>\\n(.*)\\n<<<END RESPONSE \\1>>>",
            Pattern.DOTALL);

    private final int questions;

    public ScriptedResponder(int questions) {
        this.questions = Math.min(questions, QUESTIONS.size());
    }

    @Override
    public ChatAnswer apply(ChatExchange req) {
        String role = req.role();
        if (role == null) {
            return ChatAnswer.status(400);
        }
        return switch (role) {
            case "agent" -> agent(req);
            case "user" -> user(req);
            case "judge" -> ChatAnswer.content("{\"score\": 4, \"justification\": \"Mostly fits, with small lapses.\"}");
            case "editor" -> ChatAnswer.content(fenced(req) + EDIT);
            case "correctness" -> ChatAnswer.content("{\"correct\": true, \"extracted\": \"48\", \"justification\": \"Same number.\"}");
            case "learner" -> ChatAnswer.content(LEARNED);
            default -> ChatAnswer.status(400);
        };
    }

    private ChatAnswer agent(ChatExchange req) {
        boolean discovery = req.system().contains("\"action\"");
        if (!discovery || req.last().startsWith("You have no questions left")) {
            return ChatAnswer.content(RESPONSE);
        }
        int asked = (int) req.count("assistant");
        if (asked < questions) {
            return ChatAnswer.content(json("action", "ask", "text", QUESTIONS.get(asked)));
        }
        return ChatAnswer.content(json("action", "answer", "text", RESPONSE));
    }

    private static ChatAnswer user(ChatExchange req) {
        int i = QUESTIONS.indexOf(req.last());
        String target = i >= 0 ? TARGETS.get(i) : null;
        return ChatAnswer.content(Json.MAPPER.createObjectNode()
                .put("thought", target == null ? "not about me" : "asks about " + target)
                .put("reply", target == null ? "No strong preference about that." : "Yes please, that suits me.")
                .set("targets", target == null ? Json.MAPPER.createArrayNode()
                        : Json.MAPPER.createArrayNode().add(target)).toString());
    }

    /** The response the editor or judge was shown between its markers. */
    static String fenced(ChatExchange req) {
        Matcher m = FENCED.matcher(req.last());
        return m.find() ? m.group(2) : "";
    }

    private static String json(String k1, String v1, String k2, String v2) {
        return Json.MAPPER.createObjectNode().put(k1, v1).put(k2, v2).toString();
    }
}
