package org.attune.runners.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.personas.util.Mappers;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ChatExchange;
import org.attune.testkit.ScriptedResponder;

/**
 * A local server's answers in the shapes hosted and local models really send, with fixed content:
 * reasoning blocks as Qwen and DeepSeek-R1 write them behind vLLM, Ollama or llama.cpp (also with
 * only the closing tag, when the chat template opened it), {@code reasoning_content} (DeepSeek, vLLM)
 * and {@code reasoning} (OpenRouter) fields, ```json fences, "Sure! Here's ..." preambles,
 * {@code **Score:** 4} and {@code Rating: 4 out of 5} judges, action objects where text was asked.
 * The agent asks two questions and then answers; the user answers in its JSON (targets by id or by
 * name); the judge always means 4; the editor changes no word. Each role's requests go through its
 * shapes in turn, so every shape is sent whatever the order of the requests; the content read from
 * them is the same in every shape.
 */
final class RealReplies implements Function<ChatExchange, ChatAnswer> {
    static final String THOUGHT = "Okay, let me think about what this person needs before I write anything.";
    static final List<String> QUESTIONS = List.of("Would you like bullet points or a paragraph?",
            "Should I keep the answer short?");
    private static final Pattern FENCED = Pattern.compile("<<<RESPONSE (\\w+)>>>\\n(.*)\\n<<<END RESPONSE \\1>>>",
            Pattern.DOTALL);

    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

    /** When false, the judge answers in prose with no score at all. */
    volatile boolean judgeScores = true;
    /** When set, the agent's requests whose question contains it get a 503 (the episode errors). */
    volatile String agentDownFor;

    @Override
    public ChatAnswer apply(ChatExchange req) {
        return switch (String.valueOf(req.role())) {
            case "agent" -> agent(req);
            case "user" -> user(req, next("user"));
            case "judge" -> judge(next("judge"));
            case "editor" -> editor(fenced(req), next("editor"));
            case "correctness" -> ChatAnswer.content("```json\n{\"correct\": true, \"justification\": \"48\"}\n```");
            default -> ChatAnswer.status(400);
        };
    }

    /** The next shape number of one kind of request. */
    private int next(String kind) {
        return counters.computeIfAbsent(kind, k -> new AtomicInteger()).getAndIncrement();
    }

    private ChatAnswer agent(ChatExchange req) {
        String down = agentDownFor;
        if (down != null && req.messages().stream().anyMatch(m -> m.text().contains(down))) {
            return new ChatAnswer(503, null, "{\"error\": {\"message\": \"The server is overloaded or not ready yet.\","
                    + " \"type\": \"server_error\"}}", null, java.time.Duration.ZERO);
        }
        boolean discovery = req.system().contains("\"action\"");
        if (!discovery || req.last().startsWith("You have no questions left")) {
            return text(ScriptedResponder.RESPONSE, next("agent-final"));
        }
        int asked = (int) req.count("assistant");
        int pick = next(asked >= QUESTIONS.size() ? "agent-answer" : "agent-ask");
        if (asked >= QUESTIONS.size()) {
            String json = json("action", "answer", "text", ScriptedResponder.RESPONSE);
            return pick % 2 == 0 ? ChatAnswer.content("```json\n" + json + "\n```")
                    : ChatAnswer.content("<think>\nI know enough now.\n</think>\n\n" + json);
        }
        String q = QUESTIONS.get(asked);
        String json = json("action", "ask", "text", q);
        return switch (pick % 5) {
            case 0 -> ChatAnswer.content("<think>\n" + THOUGHT + "\n</think>\n\n" + json);
            case 1 -> ChatAnswer.content("```json\n" + json + "\n```");
            case 2 -> ChatAnswer.content(q); // forgot the format: only the question
            case 3 -> withReasoning("reasoning_content", THOUGHT, json);
            default -> ChatAnswer.content(THOUGHT + "\n</think>\n\n" + json); // the template opened <think>
        };
    }

    /** A final response in one of the plain-text shapes. */
    private static ChatAnswer text(String response, int pick) {
        return switch (pick % 7) {
            case 0 -> ChatAnswer.content("<think>\n" + THOUGHT + "\n</think>\n\n" + response);
            case 1 -> ChatAnswer.content("```markdown\n" + response + "\n```");
            case 2 -> ChatAnswer.content(json("action", "answer", "text", response));
            case 3 -> ChatAnswer.content("Sure! Here's my answer:\n\n" + response);
            case 4 -> withReasoning("reasoning_content", THOUGHT, response);
            case 5 -> withReasoning("reasoning", THOUGHT, response);
            default -> ChatAnswer.content("<thinking>" + THOUGHT + "</thinking>\nSure! Here it is:\n```\n" + response
                    + "\n```");
        };
    }

    private static ChatAnswer user(ChatExchange req, int pick) {
        int i = QUESTIONS.indexOf(req.last());
        String[][] targets = {{"layout", "Layout"}, {"word-budget", "Word budget"}};
        ObjectNode o = Mappers.json().createObjectNode().put("thought", "they ask how I like answers")
                .put("reply", i < 0 ? "No strong preference about that." : "Yes please, that suits me.");
        if (i >= 0) {
            o.putArray("targets").add(targets[i][pick % 2]);
        } else {
            o.putArray("targets");
        }
        return switch (pick % 3) {
            case 0 -> ChatAnswer.content("```json\n" + o + "\n```");
            case 1 -> ChatAnswer.content("<think>\nStay in character.\n</think>\n" + o);
            default -> ChatAnswer.content(o.toString());
        };
    }

    private ChatAnswer judge(int pick) {
        if (!judgeScores) {
            return ChatAnswer.content("The response is clear and mostly fits what this person wants, with small lapses.");
        }
        return switch (pick % 8) {
            case 6 -> ChatAnswer.content("I would give this response a 4/5: it mostly gives the person what they want.");
            case 7 -> ChatAnswer.content("Overall I'd rate it 4 out of 5, since the tone mostly fits.");
            case 0 -> ChatAnswer.content("```json\n{\"score\": 4, \"justification\": \"Mostly fits.\"}\n```");
            case 1 -> ChatAnswer.content("**Score:** 4\n\n**Justification:** The response mostly fits, with small lapses.");
            case 2 -> ChatAnswer.content("Rating: 4 out of 5\n\nIt mostly gives the person what they want.");
            case 3 -> ChatAnswer.content("Score: 4/5 - mostly what the person wants.");
            case 4 -> ChatAnswer.content("<think>\nThe rubric says 4 is mostly. I think it is mostly.\n</think>\n"
                    + "{\"score\": 4, \"justification\": \"Mostly fits.\"}");
            default -> withReasoning("reasoning_content", "Weighing the anchors.",
                    "{\"score\": \"4\", \"justification\": \"Mostly fits.\"}");
        };
    }

    private static ChatAnswer editor(String response, int pick) {
        return switch (pick % 5) {
            case 0 -> ChatAnswer.content("Here is the revised response:\n\n" + response);
            case 1 -> ChatAnswer.content("```\n" + response + "\n```");
            case 2 -> ChatAnswer.content("<think>\nNothing to change really.\n</think>\n\n" + response);
            case 3 -> ChatAnswer.content("Sure! Here's the revised response:\n\n```markdown\n" + response + "\n```");
            default -> withReasoning("reasoning", "Checking each preference.", response);
        };
    }

    /** A completion whose message carries the reasoning in a field beside the content. */
    static ChatAnswer withReasoning(String field, String reasoning, String content) {
        ObjectNode o = Mappers.json().createObjectNode();
        o.put("id", "chatcmpl-real").put("object", "chat.completion").put("created", 0).put("model", "m");
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content).put(field, reasoning);
        o.putObject("usage").put("prompt_tokens", 50).put("completion_tokens", 40).put("total_tokens", 90);
        return ChatAnswer.raw(o.toString());
    }

    static String fenced(ChatExchange req) {
        Matcher m = FENCED.matcher(req.last());
        return m.find() ? m.group(2) : "";
    }

    private static String json(String k1, String v1, String k2, String v2) {
        return Mappers.json().createObjectNode().put(k1, v1).put(k2, v2).toString();
    }
}
