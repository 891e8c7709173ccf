package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the phrases of a lexicon in a text the way the regular expression
 * {@code (?:(?<![\p{L}\p{N}])([Aa]n?)(\s+))?(?<![\p{L}\p{N}'’-])(k1|k2|...)(?![\p{L}\p{N}'’-])} with
 * CASE_INSENSITIVE|UNICODE_CASE and {@code \s+} between the words of a key would, match for match,
 * but by looking up only the keys that can start at each position (indexed by their case-folded
 * first character) instead of trying every alternative everywhere: that alternation was a sixth of a
 * long offline suite's CPU. Keys are tried in the given order (the lexicon's longest first); the
 * leftmost match wins, an article before a phrase joining the match. The regular expression itself
 * is kept in the tests as the oracle this scanner is compared against.
 */
final class PhraseScanner {
    /**
     * One match: the article "a"/"an" from start to articleEnd (empty when none), spacing, the phrase
     * of key number {@code key} (in the order the keys were given).
     */
    record Hit(int start, int articleEnd, int phraseStart, int end, int key) {
        boolean hasArticle() {
            return phraseStart > start;
        }
    }

    /** How regex case-insensitive (Unicode) matching compares characters: upper-cased, then lower-cased. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    /** The keys' words, folded; keys by the folded first character (ASCII) in key order. */
    private final char[][][] words;
    private final int[][] byFirst = new int[128][];

    /** Keys: non-empty words of characters that fold to themselves, split by single spaces. */
    PhraseScanner(List<String> keys) {
        words = new char[keys.size()][][];
        List<List<Integer>> index = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            index.add(new ArrayList<>());
        }
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String[] parts = key.split(" ", -1);
            words[i] = new char[parts.length][];
            for (int w = 0; w < parts.length; w++) {
                char[] cs = parts[w].toCharArray();
                if (cs.length == 0 || !foldsToItself(cs) || cs[0] >= 128 || RegexChars.isSpace(cs[0])) {
                    throw new IllegalArgumentException("lexicon key \"" + key + "\": words must be non-empty, "
                            + "start with an ASCII character, fold to themselves and be split by single spaces");
                }
                words[i][w] = cs;
            }
            index.get(words[i][0][0]).add(i);
        }
        for (int c = 0; c < 128; c++) {
            byFirst[c] = index.get(c).isEmpty() ? null : index.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Every match in s, leftmost first, each search starting where the previous match ended. */
    List<Hit> hits(String s) {
        List<Hit> out = new ArrayList<>();
        int n = s.length();
        int p = 0;
        while (p < n) {
            Hit h = at(s, p);
            if (h == null) {
                p++;
            } else {
                out.add(h);
                p = h.end;
            }
        }
        return out;
    }

    /** The match starting exactly at p, or null. */
    private Hit at(String s, int p) {
        int n = s.length();
        char c = s.charAt(p);
        char prev = p > 0 ? s.charAt(p - 1) : ' ';
        if ((c == 'a' || c == 'A') && !RegexChars.letterOrNumber(prev)) {
            int j = p + 1;
            if (j < n && (s.charAt(j) == 'n' || FOLD[s.charAt(j)] == 'n')) {
                j++;
            }
            int q = j;
            while (q < n && RegexChars.isSpace(s.charAt(q))) {
                q++;
            }
            if (q > j && q < n) {
                long m = phrase(s, q);
                if (m >= 0) {
                    return new Hit(p, j, q, (int) m, (int) (m >>> 32));
                }
            }
        }
        if (!RegexChars.wordish(prev)) {
            long m = phrase(s, p);
            if (m >= 0) {
                return new Hit(p, p, p, (int) m, (int) (m >>> 32));
            }
        }
        return null;
    }

    /**
     * The first key (in key order) matching at q and followed by no word character, as its number in
     * the high 32 bits and the end of the match in the low ones; -1 when none matches.
     */
    private long phrase(String s, int q) {
        char f = FOLD[s.charAt(q)];
        int[] candidates = f < 128 ? byFirst[f] : null;
        if (candidates == null) {
            return -1;
        }
        for (int k : candidates) {
            int e = matchKey(s, q, words[k]);
            if (e >= 0 && (e == s.length() || !RegexChars.wordish(s.codePointAt(e)))) {
                return (long) k << 32 | e;
            }
        }
        return -1;
    }

    private static int matchKey(String s, int q, char[][] key) {
        int n = s.length();
        int i = q;
        for (int w = 0; w < key.length; w++) {
            if (w > 0) {
                if (i >= n || !RegexChars.isSpace(s.charAt(i))) {
                    return -1;
                }
                while (i < n && RegexChars.isSpace(s.charAt(i))) {
                    i++;
                }
            }
            char[] word = key[w];
            if (i + word.length > n) {
                return -1;
            }
            for (char k : word) {
                if (FOLD[s.charAt(i)] != k) {
                    return -1;
                }
                i++;
            }
        }
        return i;
    }

    private static boolean foldsToItself(char[] cs) {
        for (char c : cs) {
            if (FOLD[c] != c) {
                return false;
            }
        }
        return true;
    }
}
