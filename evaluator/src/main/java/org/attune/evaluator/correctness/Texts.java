package org.attune.evaluator.correctness;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalizes short text answers: case, accents, punctuation, articles and whitespace. */
final class Texts {
    private static final Pattern LATEX_TEXT = Pattern.compile(
            "\\\\(?:text|textbf|textit|textrm|mathrm|mbox)\\s*\\{([^{}]*)\\}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ARTICLES = Pattern.compile("\\b(?:a|an|the)\\b");
    // an answer is often followed by its justification: "Paris, because ...", "Paris (the capital)"
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[.!?;,:(\\[]|\\s[-–—]\\s|\\s(?=(?:because|since|as|which|so|and\\s+(?:this|that|it))\\b)");

    private Texts() {
    }

    static String normalize(String s) {
        String t = Normalizer.normalize(LATEX_TEXT.matcher(s).replaceAll("$1"), Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
        t = THOUSANDS.matcher(t).replaceAll("");
        t = NON_WORD.matcher(t).replaceAll(" ");
        t = ARTICLES.matcher(t).replaceAll(" ");
        return t.replaceAll("\\s+", " ").strip();
    }

    /**
     * The normalized readings of a line tail: the whole tail and each prefix that ends at a
     * clause break, so "St. Louis, because ..." yields "st", "st louis" and the whole line.
     */
    static List<String> readings(String tail) {
        Set<String> out = new LinkedHashSet<>();
        var m = CLAUSE_BREAK.matcher(tail);
        while (m.find()) {
            String n = normalize(tail.substring(0, m.start()));
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        String all = normalize(tail);
        if (!all.isEmpty()) {
            out.add(all);
        }
        return new ArrayList<>(out);
    }
}
