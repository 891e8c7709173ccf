package org.attune.evaluator.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/** spelling: "american" or "british" word forms ({@code attune/rules/spelling.tsv}). */
final class SpellingRule extends RuleBase {
    static final Lexicon TO_BRITISH;
    static final Lexicon TO_AMERICAN;

    static {
        Map<String, String> uk = new LinkedHashMap<>();
        Map<String, String> us = new LinkedHashMap<>();
        for (String[] row : Lexicon.rows("attune/rules/spelling.tsv")) {
            uk.put(row[0], row[1]);
            us.put(row[1], row[0]);
        }
        TO_BRITISH = new Lexicon(uk);
        TO_AMERICAN = new Lexicon(us);
    }

    SpellingRule() {
        super("spelling", "american", "british");
    }

    @Override
    String contrary(String value) {
        return value.equals("american") ? "british" : "american";
    }

    /** The lexicon that finds words of the other variety. */
    private static Lexicon wrong(String value) {
        return value.equals("american") ? TO_AMERICAN : TO_BRITISH;
    }

    @Override
    double score(String text, String value) {
        return decay(JargonRule.occurrences(text, wrong(value)).size(), 5);
    }

    @Override
    String rewrite(String text, String value) {
        return Edits.mapText(text, Edits::notGlossary, true, wrong(value)::replace);
    }
}
