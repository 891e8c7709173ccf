package org.attune.testkit;

import java.util.Map;

/**
 * Which attune role sent a chat request, told from how its system prompt begins: lets a test
 * server answer each role in its own way. {@code PromptsTest} in runners checks every built-in
 * template against it.
 */
public final class PromptRoles {
    private static final Map<String, String> OPENINGS = Map.of(
            "You are an assistant answering a question", "agent",
            "You are role-playing a person", "user",
            "You are grading one aspect", "judge",
            "You are revising a response", "editor",
            "You are checking whether a response", "correctness",
            "You are studying how a person edits", "learner",
            "You are combining notes about one person's preferences", "learner");

    private PromptRoles() {
    }

    /** The role (agent, user, judge, editor, correctness, learner) whose system prompt this is, or null. */
    public static String roleOf(String systemPrompt) {
        if (systemPrompt == null) {
            return null;
        }
        for (Map.Entry<String, String> e : OPENINGS.entrySet()) {
            if (systemPrompt.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
