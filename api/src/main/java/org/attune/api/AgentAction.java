package org.attune.api;

import java.util.List;

/**
 * An agent's turn: a question to the person, or the final response (SPEC §2), with what a model
 * reasoned before it (null when nothing), which is recorded apart and never scored. An eliciting agent
 * may attach to its final response the profile it acted on ({@code predicted}, recorded in the episode).
 */
public record AgentAction(Kind kind, String text, String reasoning, List<PredictedPreference> predicted) {
    public enum Kind { ASK, ANSWER }

    public AgentAction {
        predicted = predicted == null ? List.of() : List.copyOf(predicted);
    }

    public AgentAction(Kind kind, String text, String reasoning) {
        this(kind, text, reasoning, List.of());
    }

    public AgentAction(Kind kind, String text) {
        this(kind, text, null);
    }

    public static AgentAction ask(String text) {
        return new AgentAction(Kind.ASK, text, null);
    }

    public static AgentAction answer(String text) {
        return new AgentAction(Kind.ANSWER, text, null);
    }

    /** The final response with the profile it was written for. */
    public static AgentAction answer(String text, List<PredictedPreference> predicted) {
        return new AgentAction(Kind.ANSWER, text, null, predicted);
    }

    public AgentAction withReasoning(String r) {
        return new AgentAction(kind, text, r, predicted);
    }
}
