package org.attune.evaluator.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * jargon: "plain" uses no technical term of the lexicon ({@code attune/rules/jargon.tsv}); "technical"
 * uses at least one and none of the everyday paraphrases the lexicon maps back to a term. Answer
 * statements and the key-terms line are exempt: they are quoted, not worded.
 */
final class JargonRule extends RuleBase {
    static final String RESOURCE = "attune/rules/jargon.tsv";
    /** term -> everyday phrase. */
    static final Lexicon TERMS;
    /** everyday phrase -> term, for the reversible rows only. */
    static final Lexicon PLAIN;
    static final String FALLBACK = "This follows by deduction.";
    static final String CLAUSE = ", by deduction";

    static {
        Map<String, String> terms = new LinkedHashMap<>();
        Map<String, String> plain = new LinkedHashMap<>();
        for (String[] row : Lexicon.rows(RESOURCE)) {
            terms.put(row[0], row[1]);
            if (row.length > 2 && row[2].equals("<>")) {
                plain.put(row[1], row[0]);
            }
        }
        TERMS = new Lexicon(terms);
        PLAIN = new Lexicon(plain);
    }

    JargonRule() {
        super("jargon", "plain", "technical");
    }

    @Override
    String contrary(String value) {
        return value.equals("plain") ? "technical" : "plain";
    }

    /** Every occurrence of a phrase of lex in the editable, non-glossary text (and headings). */
    static List<String> occurrences(String text, Lexicon lex) {
        return lex.find(Outline.of(text).editableText());
    }

    @Override
    double score(String text, String value) {
        int terms = occurrences(text, TERMS).size();
        if (value.equals("plain")) {
            return decay(terms, 5);
        }
        int plain = occurrences(text, PLAIN).size();
        return (terms >= 1 ? 0.5 : 0) + 0.5 * decay(plain, 4);
    }

    @Override
    String rewrite(String text, String value) {
        if (value.equals("plain")) {
            return Edits.mapText(text, Edits::notGlossary, true, TERMS::replace);
        }
        String out = Edits.mapText(text, Edits::notGlossary, true, PLAIN::replace);
        if (occurrences(out, TERMS).isEmpty()) {
            out = Edits.addClause(out, CLAUSE, FALLBACK);
        }
        return out;
    }
}
