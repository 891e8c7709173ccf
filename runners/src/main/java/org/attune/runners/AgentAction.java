package org.attune.runners;

/**
 * An agent's turn: a question to the person, or the final response (SPEC §2), with what a model
 * reasoned before it (null when nothing), which is recorded apart and never scored.
 */
public record AgentAction(Kind kind, String text, String reasoning) {
    public enum Kind { ASK, ANSWER }

    public AgentAction(Kind kind, String text) {
        this(kind, text, null);
    }

    public static AgentAction ask(String text) {
        return new AgentAction(Kind.ASK, text, null);
    }

    public static AgentAction answer(String text) {
        return new AgentAction(Kind.ANSWER, text, null);
    }

    public AgentAction withReasoning(String r) {
        return new AgentAction(kind, text, r);
    }
}
