package org.attune.evaluator.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * certainty-tone: "confident" uses none of the hedges below; "hedged" at least one. The confident
 * rewrite drops each hedge (or swaps it for a plain verb); the hedged one adds "most likely".
 */
final class CertaintyToneRule extends RuleBase {
    static final String FALLBACK = "Most likely so.";
    /** Hedge pattern -> what a confident wording puts in its place. */
    private static final String[][] HEDGES = {
        {"\\b(?:I think|I believe|I guess|I suspect|I feel)(?: that)?,?\\s*", ""},
        {"\\b(?:in my (?:opinion|view)|to my knowledge|as far as I (?:know|can tell)|if I['’]m not mistaken),?\\s*", ""},
        {"\\b(?:seems|appears) to be\\b", "is"},
        {"\\b(?:seem|appear) to be\\b", "are"},
        {"\\b(?:seemed|appeared) to be\\b", "was"},
        {"\\bit (?:seems|appears)(?: that|,)?\\s*", ""},
        {"\\b(?:is|are) likely to\\b", "will"},
        {"\\b(?:most|very|quite) likely\\b,?\\s*", ""},
        {"\\blikely(?=\\s+(?:be|is|are|was|were|will|has|have|to)\\b)\\s*", ""},
        {"\\b(?:probably|possibly|perhaps|maybe|presumably|arguably|conceivably|apparently|seemingly|supposedly)\\b,?\\s*", ""},
        {"\\bmay well\\b", "can"},
        {"\\bmight\\b", "can"},
        {"\\bsomewhat\\s+", ""},
    };
    /**
     * Per hedge pattern, words (lower case) of which every match holds one: a line without any of
     * them cannot match, so the pattern is not run on it (most lines hold no hedge at all).
     */
    private static final String[][] NEEDS = {
        {"think", "believe", "guess", "suspect", "feel"},
        {"opinion", "view", "knowledge", "far", "mistaken"},
        {"seem", "appear"},
        {"seem", "appear"},
        {"seem", "appear"},
        {"seem", "appear"},
        {"likely"},
        {"likely"},
        {"likely"},
        {"probably", "possibly", "perhaps", "maybe", "presumably", "arguably", "conceivably", "apparently",
            "seemingly", "supposedly"},
        {"may"},
        {"might"},
        {"somewhat"},
    };
    static final Pattern[] PATTERNS = new Pattern[HEDGES.length];
    private static final Pattern COPULA = Pattern.compile("\\b(is|are|was|were|will)\\s+(?!not\\b|most\\b)(?=[\\p{L}\\p{N}$*(\\\\])");

    static {
        for (int i = 0; i < HEDGES.length; i++) {
            PATTERNS[i] = Pattern.compile(HEDGES[i][0], Pattern.CASE_INSENSITIVE);
        }
    }

    CertaintyToneRule() {
        super("certainty-tone", "confident", "hedged");
    }

    @Override
    String contrary(String value) {
        return value.equals("confident") ? "hedged" : "confident";
    }

    static int count(String text) {
        int n = 0;
        for (String line : Outline.of(text).editableText().split("\n")) {
            n += countIn(line);
        }
        return n;
    }

    static int countIn(String s) {
        int n = 0;
        String rest = s;
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < PATTERNS.length; i++) {
            if (!holdsAny(lower, NEEDS[i])) {
                continue;
            }
            Matcher m = PATTERNS[i].matcher(rest);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                n++;
                m.appendReplacement(sb, Matcher.quoteReplacement(" ".repeat(m.group().length())));
            }
            m.appendTail(sb);
            rest = sb.toString();
        }
        return n;
    }

    private static boolean holdsAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    double score(String text, String value) {
        int n = count(text);
        return value.equals("hedged") ? (n >= 1 ? 1 : 0) : decay(n, 4);
    }

    @Override
    String rewrite(String text, String value) {
        if (value.equals("confident")) {
            Outline o = Outline.of(text);
            for (Outline.Sent s : o.sents) {
                Para p = o.paras[s.block()];
                if (p != null && s.role() != Outline.Role.GLOSSARY) {
                    String out = s.mapEditable(CertaintyToneRule::unhedge);
                    if (!out.equals(s.text()) && !Words.startsLower(s.text())) {
                        out = Words.capitalize(out);
                    }
                    p.sents.set(s.index(), out);
                }
            }
            for (Doc.Block b : o.doc.blocks) {
                if (b.kind == Doc.Kind.HEADING) {
                    b.body = Spans.mapOutside(b.body, Spans.of(b.body), CertaintyToneRule::unhedge);
                }
            }
            return o.render();
        }
        Outline o = Outline.of(text);
        for (int i = o.sents.size() - 1; i >= 0; i--) {
            Outline.Sent s = o.sents.get(i);
            if (s.body() && o.paras[s.block()] != null) {
                o.paras[s.block()].sents.set(s.index(), hedge(s.text(), text));
                return o.render();
            }
        }
        return Edits.insertAfterFirst(text, FALLBACK);
    }

    static String unhedge(String s) {
        String out = s;
        for (int i = 0; i < PATTERNS.length; i++) {
            out = PATTERNS[i].matcher(out).replaceAll(Matcher.quoteReplacement(HEDGES[i][1]));
        }
        return out.replaceAll(" {2,}", " ").replaceAll(" ,", ",");
    }

    /** The sentence with "most likely" after its first copula, else in front. */
    static String hedge(String s, String context) {
        String editable = Spans.masked(s);
        Matcher m = COPULA.matcher(Spans.masked(editable));
        if (m.find()) {
            return s.substring(0, m.end(1)) + " most likely" + s.substring(m.end(1));
        }
        int lead = 0;
        while (lead < s.length() && (s.charAt(lead) == '*' || s.charAt(lead) == '_')) {
            lead++;
        }
        if (lead > 0) {
            return "Most likely, " + s;
        }
        return "Most likely, " + Words.decapitalize(s, context);
    }
}
