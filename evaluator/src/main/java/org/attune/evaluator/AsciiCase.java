package org.attune.evaluator;

/**
 * Finding a word the way a regular expression compiled with CASE_INSENSITIVE (and no UNICODE_CASE)
 * matches it: ASCII letters in either case, every other character as itself. Scans use it to jump
 * to the places where a pattern can match instead of trying the pattern at every position.
 */
public final class AsciiCase {
    private AsciiCase() {
    }

    /** The index of the next occurrence of word (lower-case ASCII letters) at or after from, or -1. */
    public static int indexOf(String text, String word, int from) {
        for (int i = Math.max(from, 0), last = text.length() - word.length(); i <= last; i++) {
            int k = 0;
            while (k < word.length() && (text.charAt(i + k) | 0x20) == word.charAt(k)) {
                k++;
            }
            if (k == word.length()) {
                return i;
            }
        }
        return -1;
    }
}
