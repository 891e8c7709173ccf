package org.attune.runners.agents;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Turn;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Files2;
import org.attune.personas.util.NodeReader;

/**
 * {@code builtin:scripted@FILE}: replays a hand-written elicitation. In discovery it asks the
 * file's questions in order (within the budget), then gives the file's fixed answer; in the other
 * conditions it gives the answer at once. FILE is YAML or JSON {@code {questions: [...], answer: "..."}}.
 */
public final class ScriptedAgent implements Agent {
    private final List<String> questions;
    private final String answer;

    public ScriptedAgent(List<String> questions, String answer) {
        this.questions = List.copyOf(questions);
        this.answer = answer;
    }

    public static ScriptedAgent load(Path file) {
        String name = file.toString();
        JsonNode root = Files2.parse(name, Files2.readText(file));
        NodeReader r = new NodeReader(name);
        if (!r.requireObject(root, "")) {
            throw new InvalidInputException(r.problems());
        }
        r.onlyFields(root, "", List.of("questions", "answer"));
        List<String> qs = r.strings(root, "", "questions", 0);
        String a = r.string(root, "", "answer");
        if (!r.ok()) {
            throw new InvalidInputException(r.problems());
        }
        return new ScriptedAgent(qs, a);
    }

    @Override
    public AgentAction act(AgentContext ctx) {
        int asked = (int) ctx.transcript().stream().filter(t -> Turn.AGENT.equals(t.role())).count();
        if (!ctx.mustAnswer() && ctx.questionsLeft() > 0 && asked < questions.size()) {
            return AgentAction.ask(questions.get(asked));
        }
        return AgentAction.answer(answer);
    }
}
