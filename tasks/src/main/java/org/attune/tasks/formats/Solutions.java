package org.attune.tasks.formats;

import org.attune.api.AnswerType;

/**
 * Reference solutions from the data, completed so that they end in a findable answer: a worked
 * solution that never states the gold answer would mislead the reference agent.
 */
final class Solutions {
    private Solutions() {
    }

    static String withAnswer(String solution, String gold, AnswerType type) {
        if (solution == null || solution.isBlank()) {
            return null;
        }
        String s = solution.strip();
        String boxed = Boxed.last(s);
        if (boxed != null) {
            // an expression's boxed form may differ in spelling from the answer field; trust it
            if (type == AnswerType.EXPRESSION || boxed.strip().equals(gold)) {
                return s;
            }
            return s + "\n\nThe final answer is $\\boxed{" + gold + "}$.";
        }
        return switch (type) {
            case CHOICE -> s + "\n\nThe answer is (" + gold + ").";
            case EXPRESSION -> s + "\n\nThe final answer is $\\boxed{" + gold + "}$.";
            default -> s + "\n\nThe answer is " + gold + ".";
        };
    }
}
