package org.attune.evaluator;

import java.util.List;

/**
 * {@link EditDistance}'s tokens for a text of ASCII characters and the typographic apostrophe (’),
 * without the regular expression: the same tokens as the pattern (letter-and-digit runs with "n't"
 * and "'s", "'re", "'ve", "'ll", "'d", "'m" split off at a word's end, any other non-space character
 * on its own), in a few passes over the chars. Tokenizing was a fifth of a long offline suite's CPU;
 * other texts keep the pattern, whose Unicode classes and case folding this does not reproduce.
 * {@code EditDistanceTokensTest} checks the two agree on random and real texts.
 */
final class AsciiTokenizer {
    private static final char RIGHT_QUOTE = '\u2019';

    private AsciiTokenizer() {
    }

    /** Whether every char is ASCII or the typographic apostrophe. */
    static boolean covers(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F && c != RIGHT_QUOTE) {
                return false;
            }
        }
        return true;
    }

    /** Adds the tokens of a text that {@link #covers} accepts. */
    static void tokens(String t, List<String> out) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (space(c)) {
                i++;
            } else if (alnum(c)) {
                int j = i;
                while (j < n && alnum(t.charAt(j))) {
                    j++;
                }
                if (j - i >= 2 && negation(t, j - 1)) {
                    out.add(t.substring(i, j - 1)); // "do" of "don't"; "n't" is the next token
                    i = j - 1;
                } else if (j - i == 1 && negation(t, i)) {
                    out.add(t.substring(i, i + 3));
                    i += 3;
                } else {
                    out.add(t.substring(i, j));
                    i = j;
                }
            } else if (apostrophe(c)) {
                int end = suffixEnd(t, i + 1);
                out.add(t.substring(i, end));
                i = end;
            } else {
                out.add(t.substring(i, i + 1));
                i++;
            }
        }
    }

    /** Whether "n't" (any case, either apostrophe) starts at i and ends a word. */
    private static boolean negation(String t, int i) {
        return i + 2 < t.length() && lower(t.charAt(i)) == 'n' && apostrophe(t.charAt(i + 1))
                && lower(t.charAt(i + 2)) == 't' && boundaryAfter(t, i + 3);
    }

    /** The end of "'s", "'re", "'ve", "'ll", "'d" or "'m" whose suffix starts at i, else i (the apostrophe alone). */
    private static int suffixEnd(String t, int i) {
        if (i >= t.length()) {
            return i;
        }
        int len = switch (lower(t.charAt(i))) {
            case 's', 'd', 'm' -> 1;
            case 'r' -> second(t, i, 'e');
            case 'v' -> second(t, i, 'e');
            case 'l' -> second(t, i, 'l');
            default -> 0;
        };
        return len > 0 && boundaryAfter(t, i + len) ? i + len : i;
    }

    private static int second(String t, int i, char c) {
        return i + 1 < t.length() && lower(t.charAt(i + 1)) == c ? 2 : 0;
    }

    /** A word ends before i: the text ends or a char other than a letter or digit follows (an underscore too). */
    private static boolean boundaryAfter(String t, int i) {
        return i == t.length() || !alnum(t.charAt(i));
    }

    private static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == RIGHT_QUOTE;
    }

    /** Unicode White_Space among these chars: tab to carriage return, and the space. */
    private static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
