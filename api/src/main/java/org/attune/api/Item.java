package org.attune.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One task item (SPEC §1). {@code choices} are the option texts of a choice item, labelled
 * A, B, C, ... in order; a choice item's {@code answer} is the letter. {@code answer} is null
 * for an open item. {@code answerType} is the item's own answer type when it differs from its
 * set's (a PrefDisco file mixes source datasets); null means the set's ({@link TaskSet#typeOf}).
 */
public record Item(String id, String question, List<String> choices, String answer, List<String> aliases,
                   String solution, String source, List<String> tags,
                   @JsonInclude(JsonInclude.Include.NON_NULL) AnswerType answerType) {

    public Item {
        choices = choices == null ? List.of() : List.copyOf(choices);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** An item that takes its set's answer type. */
    public Item(String id, String question, List<String> choices, String answer, List<String> aliases,
                String solution, String source, List<String> tags) {
        this(id, question, choices, answer, aliases, solution, source, tags, null);
    }

    /**
     * Most characters a question, choice, answer or solution may have (about 15,000 words): real
     * benchmark fields stay far below it, so a larger one is a broken or hostile file.
     */
    public static final int MAX_TEXT_CHARS = 100_000;

    /**
     * The first text field longer than {@link #MAX_TEXT_CHARS}, as {@code field: is N characters
     * long, ...}; null when every field fits.
     */
    public String oversizedField() {
        if (question != null && question.length() > MAX_TEXT_CHARS) {
            return tooLong("question", question);
        }
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).length() > MAX_TEXT_CHARS) {
                return tooLong("choices[" + i + "]", choices.get(i));
            }
        }
        if (answer != null && answer.length() > MAX_TEXT_CHARS) {
            return tooLong("answer", answer);
        }
        return solution != null && solution.length() > MAX_TEXT_CHARS ? tooLong("solution", solution) : null;
    }

    private static String tooLong(String field, String value) {
        return field + ": is " + value.length() + " characters long; at most " + MAX_TEXT_CHARS + " are accepted";
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
