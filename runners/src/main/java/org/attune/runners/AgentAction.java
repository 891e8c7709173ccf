package org.attune.runners;

/** An agent's turn: a question to the person, or the final response (SPEC §2). */
public record AgentAction(Kind kind, String text) {
    public enum Kind { ASK, ANSWER }

    public static AgentAction ask(String text) {
        return new AgentAction(Kind.ASK, text);
    }

    public static AgentAction answer(String text) {
        return new AgentAction(Kind.ANSWER, text);
    }
}
