package org.attune.runners.user;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attune.personas.util.Files2;

/**
 * Recognises questions about the task itself (its answer, solution or meaning) rather than about
 * how the answer should be given: prototype sentences from a resource, plus a few lexical cues.
 */
final class TaskContentDetector {
    static final String PROTOTYPES = "attune/user/task-prototypes.txt";

    /** Phrases that only a question about the task's content uses. */
    private static final Pattern CUES = Pattern.compile("(?i)"
            + "^(?:(?:so|ok|okay|well),?\\s+)?(?:is|was|are)\\s+(?:it|the answer|the result|that)\\s+"
            + "(?:[-+]?\\d|(?-i:[A-E])\\b|\\(?[a-e]\\)|option|choice)"
            + "|\\bwhich (?:option|choice|answer)s?\\b|\\bwhich of the (?:choices|options|answers)\\b"
            + "|\\b(?:right|correct) (?:answer|option|choice|value|result)\\b"
            + "|\\bhow (?:do|should|can|would) (?:i|we|you) solve\\b|\\bthe answer is\\b"
            + "|^what(?:'s| is) the (?:final |correct |right )?(?:answer|result|solution)\\b"
            + "|\\bwhat (?:does|do) (?:the|this) (?:question|problem|task|item|word|term)\\b|\\bwhat is meant by\\b"
            + "|\\b(?:the|this) (?:problem|question|exercise|task|puzzle)\\b[^?]{0,30}\\b(?:say|says|ask|asks|give|gives|mention|mentions|state|states)\\b"
            + "|\\bwhat do you (?:think|reckon|expect) the (?:answer|result|solution|value|total)\\b|\\banswer key\\b"
            + "|\\bwhat did you get\\b|\\byour (?:teacher|textbook|worksheet|homework|assignment)\\b"
            // A measure of something in the problem ("How long is the side?"), not of the reply.
            + "|^how (?:long|many|much|big|far|fast|old|tall|heavy|wide|large) (?:is|are|was|were|did|does|do) "
            + "(?:the|a|an|this|that|it|they|he|she)\\b(?![^?]*\\b(?:answer|reply|response|explanation|write-?up|you)\\b)");
    private static final Pattern YES_NO = Pattern.compile("(?i)^(?:is|are|was|were|does|do|did|can|could|will|would)\\b");
    private static final Pattern PERSON = Pattern.compile("(?i)\\b(?:you|your|yours|i|me|my|we|us|our)\\b");
    /** The proposed answer closes the question: a number or a capitalised word. */
    private static final Pattern NAMED = Pattern.compile("(?:\\d[\\d.,/%]*|\\s\\p{Lu}[\\p{L}\\p{N}]*)\\W*$");

    private final Prototypes prototypes;

    private TaskContentDetector(Prototypes prototypes) {
        this.prototypes = prototypes;
    }

    /** The prototypes of the resource plus {@code more} (labelled task questions). */
    static TaskContentDetector load(SentenceEmbedder embedder, List<String> more) {
        List<String> texts = new ArrayList<>(readLines(PROTOTYPES));
        texts.addAll(more);
        return new TaskContentDetector(Prototypes.of(embedder, texts));
    }

    /** Whether the text carries a lexical cue of a task-content question. */
    static boolean hasCue(String text) {
        return CUES.matcher(text).find() || isGuess(text);
    }

    /**
     * A yes/no question that ends on a number or a capitalised word and involves neither speaker
     * ("Is the capital of Peru Lima?") proposes an answer; preference questions address the person.
     */
    static boolean isGuess(String text) {
        return YES_NO.matcher(text).find() && !PERSON.matcher(text).find() && NAMED.matcher(text).find();
    }

    /** The highest similarity of a vector to any prototype. */
    double similarity(float[] vector) {
        return prototypes.similarity(vector);
    }

    /** Non-blank lines of a class-path resource, without '#' comment lines. */
    static List<String> readLines(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : Files2.readResource(resource).split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }
}
