package org.attune.runners.user;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an agent message into the questions it asks: on '?', ';' and sentence ends, and on
 * "and", "also" or "or" (after a comma or not) when a new question starts right after it.
 */
final class ClauseSplitter {
    /** Words that open a question; a conjunction before one of them starts a new clause. */
    private static final String OPENER = "(?:should|shall|would|will|do|does|did|are|is|can|could|may|might"
            + "|how|what|which|where|when|want|any|anything)\\b";
    private static final Pattern SENTENCE = Pattern.compile("(?<=[?;!])\\s*|(?<=\\.)\\s+(?=[A-Z])");
    private static final Pattern JOINT = Pattern.compile("(?i)(?:\\s*,\\s*(?:and\\s+|or\\s+|also,?\\s+)?"
            + "|\\s+(?:and|or)\\s+)(?:also,?\\s+|maybe\\s+)?(?=" + OPENER + ")|\\s+and\\s+also\\s+");
    /** "and", "plus", "as well as" inside one question, which may join two requests. */
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\s*,?\\s+(?:and(?:\\s+then)?|plus|as well as)\\s+");
    private static final int MIN_CHARS = 3;

    private ClauseSplitter() {
    }

    static List<String> split(String message) {
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE.split(SentenceEmbedder.normalize(message))) {
            for (String part : JOINT.split(sentence)) {
                String p = part.strip().replaceAll("^(?i)(also|and|or)\\b[,\\s]*", "");
                if (p.replaceAll("[^\\p{L}\\p{N}]", "").length() >= MIN_CHARS) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The conjuncts of one clause ("headings and a summary" gives two); one element when none. */
    static List<String> conjuncts(String clause) {
        List<String> out = new ArrayList<>();
        for (String part : CONJUNCTION.split(clause)) {
            String p = part.strip();
            if (p.replaceAll("[^\\p{L}\\p{N}]", "").length() >= MIN_CHARS) {
                out.add(p);
            }
        }
        return out.isEmpty() ? List.of(clause) : out;
    }
}
