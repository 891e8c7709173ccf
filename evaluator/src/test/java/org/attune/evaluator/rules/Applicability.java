package org.attune.evaluator.rules;

/**
 * When a checker can tell a value from its contrary on a given text. Some attributes say nothing
 * about some texts (no math, no technical terms, a single sentence), and then both values hold.
 */
final class Applicability {
    private Applicability() {
    }

    static boolean applies(String id, String text) {
        if (text.isBlank()) {
            return false;
        }
        Outline o = Outline.of(text);
        return switch (id) {
            case "math-notation" -> MathNotationRule.plainRuns(text) + MathNotationRule.latexMarks(text) > 0;
            case "key-terms" -> !KeyTermsRule.used(o).isEmpty();
            case "spelling" -> !SpellingRule.TO_BRITISH.find(text).isEmpty() || !SpellingRule.TO_AMERICAN.find(text).isEmpty();
            case "sentence-length" -> !SentenceLengthRule.lengths(o).isEmpty();
            case "answer-placement" -> o.sents.stream().filter(s -> !s.minor()
                    && s.role() != Outline.Role.GREETING && s.role() != Outline.Role.GLOSSARY).count() >= 2;
            case "layout" -> o.sents.stream().anyMatch(Outline.Sent::body);
            case "paragraph-size" -> prose(o);
            default -> true;
        };
    }

    /** Side-by-side explanation paragraphs (or one) holding four sentences or more between them. */
    private static boolean prose(Outline o) {
        int[] size = ParagraphSizeRule.sizes(o);
        int run = 0;
        for (int s : size) {
            run = s >= 0 ? run + s : 0;
            if (run >= ParagraphSizeRule.MIN_LONG) {
                return true;
            }
        }
        return false;
    }
}
