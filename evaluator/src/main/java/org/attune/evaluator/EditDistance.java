package org.attune.evaluator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Word-level Levenshtein distance (SPEC §3). Tokens are runs of letters and digits (with their combining
 * marks), with English
 * contractions split ("don't" -> "do", "n't"); every other non-space character is its own token;
 * whitespace and layout cost nothing. Each distinct token is mapped to one char so that Commons
 * Text's Levenshtein (which works on character sequences) counts token edits.
 */
public final class EditDistance {
    /**
     * A word is letters, digits and the combining marks that belong to them (a Devanagari vowel sign, an
     * Arabic haraka, a decomposed accent), so a word of any script is one token; a contraction ends where
     * no such char follows (an underscore of Markdown emphasis does not hide it, as {@code \\b} would).
     */
    private static final String W = "[\\p{L}\\p{N}\\p{M}]";
    private static final String END = "(?!" + W + ")";
    private static final Pattern TOKEN = Pattern.compile(
            W + "+(?=n['’]t" + END + ")|n['’]t" + END + "|['’](?:s|re|ve|ll|d|m)" + END + "|" + W + "+|\\S",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private EditDistance() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        if (AsciiTokenizer.covers(text)) {
            AsciiTokenizer.tokens(text, out);
            return out;
        }
        return patternTokens(text, out);
    }

    /** The tokens as the pattern finds them (any text; the reference {@link AsciiTokenizer} agrees with). */
    static List<String> patternTokens(String text, List<String> out) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The number of token insertions, deletions and substitutions turning a into b. */
    public static int words(String a, String b) {
        return distance(tokens(a), tokens(b));
    }

    /** E / max(|tok(a)|, |tok(b)|, 1). */
    public static double normalized(String a, String b) {
        return measure(a, b).normalized();
    }

    /** The edit count and its normalized form, with one tokenization of each text. */
    public record Measure(int edits, double normalized) {
    }

    public static Measure measure(String a, String b) {
        return MEASURED.get(new Pair(a, b), p -> measureNow(a, b));
    }

    /**
     * Measures already taken: a long offline suite measures the same response against the same edit
     * several times within a few episodes (the plain agent answers alike in every condition).
     * Bounded to the last few hundred pairs.
     */
    private record Pair(String a, String b) {
    }

    private static final SharedMemo<Pair, Measure> MEASURED = new SharedMemo<>(512);

    static Measure measureNow(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        int e = distance(ta, tb);
        return new Measure(e, e / (double) Math.max(Math.max(ta.size(), tb.size()), 1));
    }

    /**
     * Token Levenshtein distance. A common prefix and suffix cost nothing and are cut off first (exact
     * for unit costs: some optimal alignment matches them), so an edit that keeps most of a text only
     * pays for the stretch it changed.
     */
    static int distance(List<String> ta, List<String> tb) {
        int min = Math.min(ta.size(), tb.size());
        int p = 0;
        while (p < min && ta.get(p).equals(tb.get(p))) {
            p++;
        }
        int s = 0;
        while (s < min - p && ta.get(ta.size() - 1 - s).equals(tb.get(tb.size() - 1 - s))) {
            s++;
        }
        List<String> ra = ta.subList(p, ta.size() - s);
        List<String> rb = tb.subList(p, tb.size() - s);
        if (ra.isEmpty() || rb.isEmpty()) {
            return Math.max(ra.size(), rb.size());
        }
        Map<String, Character> codes = new HashMap<>();
        String ca = encode(ra, codes);
        String cb = encode(rb, codes);
        if (ca == null || cb == null) {
            return tokenLevenshtein(ra, rb); // more distinct tokens than chars: compare the lists directly
        }
        return LevenshteinDistance.getDefaultInstance().apply(ca, cb);
    }

    /**
     * Maps each distinct token to one char (shared through {@code codes}), so character algorithms
     * work on token sequences; null when there are more distinct tokens than usable chars.
     */
    public static String encode(List<String> tokens, Map<String, Character> codes) {
        StringBuilder sb = new StringBuilder(tokens.size());
        for (String t : tokens) {
            Character c = codes.get(t);
            if (c == null) {
                int next = 0x100 + codes.size();
                if (next >= 0xD800) {
                    next += 0x800; // skip the surrogate block so every code is a whole char
                }
                if (next > 0xFFFD) {
                    return null;
                }
                c = (char) next;
                codes.put(t, c);
            }
            sb.append(c.charValue());
        }
        return sb.toString();
    }

    private static int tokenLevenshtein(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int sub = prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
