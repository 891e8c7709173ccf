package org.attune.tasks;

import java.util.List;

/**
 * One task item (SPEC §1). {@code choices} are the option texts of a choice item, labelled
 * A, B, C, ... in order; a choice item's {@code answer} is the letter. {@code answer} is null
 * for an open item.
 */
public record Item(String id, String question, List<String> choices, String answer, List<String> aliases,
                   String solution, String source, List<String> tags) {

    public Item {
        choices = choices == null ? List.of() : List.copyOf(choices);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The letter for a choice index: 0 -> A. */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The question with its lettered options, as an agent sees it. */
    public String prompt() {
        if (choices.isEmpty()) {
            return question;
        }
        StringBuilder sb = new StringBuilder(question);
        for (int i = 0; i < choices.size(); i++) {
            sb.append('\n').append(letter(i)).append(") ").append(choices.get(i));
        }
        return sb.toString();
    }

    /** The option text of the gold letter for a choice item, else null. */
    public String goldChoiceText() {
        if (answer == null || answer.length() != 1 || choices.isEmpty()) {
            return null;
        }
        int i = answer.charAt(0) - 'A';
        return i >= 0 && i < choices.size() ? choices.get(i) : null;
    }
}
