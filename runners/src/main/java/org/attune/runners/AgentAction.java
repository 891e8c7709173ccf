package org.attune.runners;

import java.util.List;
import org.attune.evaluator.PredictedPreference;

/**
 * An agent's turn: a question to the person, or the final response (SPEC §2). An eliciting agent may
 * attach to its final response the profile it acted on ({@code predicted}, recorded in the episode).
 */
public record AgentAction(Kind kind, String text, List<PredictedPreference> predicted) {
    public enum Kind { ASK, ANSWER }

    public AgentAction {
        predicted = predicted == null ? List.of() : List.copyOf(predicted);
    }

    public AgentAction(Kind kind, String text) {
        this(kind, text, List.of());
    }

    public static AgentAction ask(String text) {
        return new AgentAction(Kind.ASK, text);
    }

    public static AgentAction answer(String text) {
        return new AgentAction(Kind.ANSWER, text);
    }

    /** The final response with the profile it was written for. */
    public static AgentAction answer(String text, List<PredictedPreference> predicted) {
        return new AgentAction(Kind.ANSWER, text, predicted);
    }
}
