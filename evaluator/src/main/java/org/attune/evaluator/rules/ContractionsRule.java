package org.attune.evaluator.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** contractions: "casual" uses at least one contraction, "formal" none (answer statements aside). */
final class ContractionsRule extends RuleBase {
    static final Pattern CONTRACTION = Pattern.compile("(?i)(?<![\\p{L}])(?:[\\p{L}]+n['’]t|[\\p{L}]+['’](?:re|ve|ll|d|m)"
            + "|(?:it|that|there|here|what|who|he|she|where|how|let)['’]s|y['’]all)(?![\\p{L}])");
    static final String FALLBACK = "That's the key point.";
    static final String CLAUSE = ", and that's the key point";
    private static final String WORD_AFTER = "(?=\\s+[\\p{L}\\p{N}$(*\\\\])";
    /** Per row of CONTRACT, lower-case text every match of its pattern holds. */
    private static final String[] CONTRACT_NEEDS = {"will not", "cannot", "can not", " not", " is", "let us", " are",
        "i am", " will"};
    static final String[][] CONTRACT = {
        {"will not", "won't", ""}, {"cannot", "can't", ""}, {"can not", "can't", ""},
        {"(do|does|did|is|are|was|were|have|has|had|would|should|could|must|need) not", "$1n't", ""},
        {"(it|that|there|here|what|who|he|she) is", "$1's", WORD_AFTER},
        {"let us", "let's", WORD_AFTER}, {"(we|you|they) are", "$1're", WORD_AFTER},
        {"I am", "I'm", WORD_AFTER}, {"(I|we|you|they|it|he|she|that|there) will", "$1'll", WORD_AFTER},
    };

    ContractionsRule() {
        super("contractions", "casual", "formal");
    }

    @Override
    String contrary(String value) {
        return value.equals("casual") ? "formal" : "casual";
    }

    static int count(String text) {
        String t = Outline.of(text).editableText();
        return hasApostrophe(t) ? (int) CONTRACTION.matcher(t).results().count() : 0;
    }

    /** Every contraction, and every pattern of EXPAND, holds an apostrophe: without one, nothing matches. */
    private static boolean hasApostrophe(String s) {
        return s.indexOf('\'') >= 0 || s.indexOf('’') >= 0;
    }

    @Override
    double score(String text, String value) {
        int n = count(text);
        return value.equals("casual") ? (n >= 1 ? 1 : 0) : decay(n, 5);
    }

    @Override
    String rewrite(String text, String value) {
        if (value.equals("formal")) {
            return Edits.mapText(text, Edits::notGlossary, true, ContractionsRule::expand);
        }
        String apostrophe = text.contains("’") && !text.contains("'") ? "’" : "'";
        String out = Edits.mapText(text, Edits::notGlossary, true, s -> contract(s, apostrophe));
        if (count(out) >= 1) {
            return out;
        }
        String why = Edits.prefixConclusion(out, "That's why ".replace("'", apostrophe), false);
        return why != null ? why : Edits.addClause(out, CLAUSE.replace("'", apostrophe), FALLBACK.replace("'", apostrophe));
    }

    static String contract(String s, String apostrophe) {
        String out = s;
        String lower = out.toLowerCase(Locale.ROOT);
        for (int i = 0; i < CONTRACT.length; i++) {
            String[] c = CONTRACT[i];
            if (!lower.contains(CONTRACT_NEEDS[i])) {
                continue; // the pattern (ASCII case-insensitive) cannot match without this
            }
            Matcher m = CONTRACT_PATTERNS[i].matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String rep = c[1];
                for (int g = 1; g <= m.groupCount(); g++) {
                    rep = rep.replace("$" + g, m.group(g));
                }
                rep = Words.matchCase(m.group(), rep).replace("'", apostrophe);
                if (m.group().startsWith("I ")) {
                    rep = "I" + rep.substring(1);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(rep));
            }
            m.appendTail(sb);
            out = sb.toString();
            lower = out.toLowerCase(Locale.ROOT);
        }
        return out;
    }

    static final String[][] EXPAND = {
        {"won['’]t", "will not"}, {"can['’]t", "cannot"}, {"shan['’]t", "shall not"}, {"ain['’]t", "is not"},
        {"y['’]all", "everyone"}, {"let['’]s", "let us"},
        {"(it|that|there|here|what|who|he|she|where|how)['’]s(?=\\s+(?:been|got|gotten)\\b)", "$1 has"},
        {"(it|that|there|here|what|who|he|she|where|how)['’]s", "$1 is"},
        {"([\\p{L}]+)n['’]t", "$1 not"}, {"([\\p{L}]+)['’]re", "$1 are"}, {"([\\p{L}]+)['’]ve", "$1 have"},
        {"([\\p{L}]+)['’]ll", "$1 will"}, {"([\\p{L}]+)['’]m", "$1 am"},
        {"([\\p{L}]+)['’]d(?=\\s+(?:been|gone|had|done|seen|better)\\b)", "$1 had"}, {"([\\p{L}]+)['’]d", "$1 would"},
    };

    static final Pattern[] EXPAND_PATTERNS = java.util.Arrays.stream(EXPAND)
            .map(e -> Pattern.compile("(?i)(?<![\\p{L}])" + e[0] + "(?![\\p{L}])")).toArray(Pattern[]::new);

    static final Pattern[] CONTRACT_PATTERNS = java.util.Arrays.stream(CONTRACT)
            .map(c -> Pattern.compile("(?i)(?<![\\p{L}])" + c[0] + "(?![\\p{L}])" + c[2])).toArray(Pattern[]::new);

    static String expand(String s) {
        if (!hasApostrophe(s)) {
            return s;
        }
        String out = s;
        for (int i = 0; i < EXPAND.length; i++) {
            String[] e = EXPAND[i];
            Matcher m = EXPAND_PATTERNS[i].matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String rep = e[1];
                for (int g = 1; g <= m.groupCount(); g++) {
                    rep = rep.replace("$" + g, m.group(g));
                }
                if (!rep.startsWith(m.group().substring(0, 1)) && Character.isUpperCase(m.group().charAt(0))) {
                    rep = Words.capitalize(rep);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(rep));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }
}
