package org.attune.runners.user;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.evaluator.SharedMemo;

/**
 * Splits an agent message into the questions it asks: on '?', ';' and sentence ends, and on
 * "and", "also" or "or" (after a comma or not) when a new question starts right after it.
 */
final class ClauseSplitter {
    /** Words that open a question; a conjunction before one of them starts a new clause. */
    private static final String OPENER = "(?:should|shall|would|will|do|does|did|are|is|can|could|may|might"
            + "|how|what|which|where|when|want|any|anything)\\b";
    private static final Pattern SENTENCE = Pattern.compile("(?<=[?!])\\s*|(?<=;)\\s+|(?<=\\.)\\s+(?=[A-Z])");
    private static final Pattern JOINT = Pattern.compile("(?i)(?:\\s*,\\s*(?:and\\s+|or\\s+|also,?\\s+)?"
            + "|\\s+(?:and|or)\\s+)(?:also,?\\s+|maybe\\s+)?(?=" + OPENER + ")|\\s+and\\s+also\\s+");
    /** "and", "plus", "as well as" inside one question, which may join two requests. */
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\s*,?\\s+(?:and(?:\\s+then)?|plus|as well as)\\s+");
    private static final int MIN_CHARS = 3;
    /** Compiled once (String.replaceAll compiles its pattern on every call). */
    private static final Pattern LEADING_JOINER = Pattern.compile("^(?i)(also|and|or)\\b[,\\s]*");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final String END = "[^,:;?.!]{0,40}(?:\\s*[,:;.!\\-\u2014]+|\\s*$)";
    /**
     * A clause's opening that frames the question rather than asking it ("Great question!",
     * "Before I answer,", "To tailor this for you:"): it is never about an attribute.
     */
    private static final Pattern FRAMING = Pattern.compile("(?i)^(?:"
            + "(?:hi|hello|hey|dear [a-z]+)(?: there)?(?:\\s*[,:;.!]+|\\s*$)"
            + "|(?:great|good|interesting|nice|fair|excellent) question" + END
            + "|(?:thanks?|thank you)(?: for [^,:;?.!]{0,40})?(?:\\s*[,:;.!]+|\\s*$)"
            + "|(?:ok(?:ay)?|sure|alright|all right|got it|understood|perfect|great|happy to help)(?:\\s*[,:;.!]+|\\s*$)"
            + "|(?:so,? |and,? |but,? )?before (?:i|we) (?:answer|begin|start|get started|get going|dive in|respond|reply|explain|write|go on|proceed|solve|work)" + END
            + "|(?:so that i can|in order to|to) (?:tailor|personali[sz]e|adapt|shape|pitch|fit|customi[sz]e|make|get) (?:this|it|my [a-z]+|the [a-z]+)" + END
            + "|(?:a |one )?quick (?:question|check)(?: (?:before|first)[^,:;?.!]{0,40})?(?:\\s*[,:;.!\\-\u2014]+|\\s*$)"
            + "|one (?:more|last|quick|other) (?:thing|question)(?: (?:before|first)[^,:;?.!]{0,40})?(?:\\s*[,:;.!\\-\u2014]+|\\s*$)"
            + "|just to (?:check|confirm|be sure)(?:\\s*[,:;.!\\-\u2014]+|\\s*$)"
            + "|(?:i'd|i would) like to (?:ask|check|know)(?: (?:you )?(?:one thing|something))?(?:\\s*[,:;.!\\-\u2014]+|\\s*$)"
            + ")\\s*");

    private ClauseSplitter() {
    }

    /** The questions of a message, each without its framing; a clause that is only framing is dropped. */
    static List<String> split(String message) {
        return message == null ? splitNow(null) : SPLITS.get(message, ClauseSplitter::splitNow);
    }

    /**
     * Splits and conjuncts already made (unmodifiable): agents ask the same few hundred questions
     * over and over. Bounded to the last few thousand messages and clauses.
     */
    private static final SharedMemo<String, List<String>> SPLITS = new SharedMemo<>(4096);
    private static final SharedMemo<String, List<String>> CONJUNCTS = new SharedMemo<>(4096);

    static List<String> splitNow(String message) {
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE.split(SentenceEmbedder.normalize(message))) {
            for (String part : JOINT.split(sentence)) {
                String p = stripFraming(LEADING_JOINER.matcher(part.strip()).replaceAll(""));
                if (longEnough(p)) {
                    out.add(p);
                }
            }
        }
        return List.copyOf(out);
    }

    /** A clause without its framing opening(s); empty when it is framing only. */
    static String stripFraming(String clause) {
        String s = clause.strip();
        for (Matcher m = FRAMING.matcher(s); m.lookingAt() && m.end() > 0; m = FRAMING.matcher(s)) {
            s = s.substring(m.end()).strip();
        }
        return s;
    }

    /** Whether a clause has at least MIN_CHARS chars of letters and digits. */
    private static boolean longEnough(String p) {
        return NOT_LETTER_OR_DIGIT.matcher(p).replaceAll("").length() >= MIN_CHARS;
    }

    /** The conjuncts of one clause ("headings and a summary" gives two); one element when none. */
    static List<String> conjuncts(String clause) {
        return clause == null ? conjunctsNow(null) : CONJUNCTS.get(clause, ClauseSplitter::conjunctsNow);
    }

    static List<String> conjunctsNow(String clause) {
        List<String> out = new ArrayList<>();
        for (String part : CONJUNCTION.split(clause)) {
            String p = part.strip();
            if (longEnough(p)) {
                out.add(p);
            }
        }
        return out.isEmpty() ? List.of(clause) : List.copyOf(out);
    }
}
