package org.attune.runners.agents;

import org.attune.api.AnswerType;
import org.attune.api.Item;
import org.attune.api.TaskSet;

/** The plain default answer of the built-in agents: the reference solution, or the gold answer stated plainly. */
final class Answers {
    private Answers() {
    }

    static String base(TaskSet task, Item item) {
        if (item.solution() != null && !item.solution().isBlank()) {
            return item.solution().strip();
        }
        if (task.typeOf(item) == AnswerType.OPEN || item.answer() == null) {
            return "Here is my response to the request, written plainly.";
        }
        if (task.typeOf(item) == AnswerType.CHOICE) {
            String text = item.goldChoiceText();
            return "Of the options given, the one that holds up is (" + item.answer() + ")"
                    + (text == null ? "" : ", \"" + text + "\"") + ", since the others do not fit what is asked."
                    + "\n\nThe answer is (" + item.answer() + ").";
        }
        return "Working through what the question asks leads to a single result.\n\nThe answer is " + item.answer() + ".";
    }
}
