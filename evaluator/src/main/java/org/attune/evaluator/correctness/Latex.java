package org.attune.evaluator.correctness;

/** Small LaTeX scanning helpers: brace matching and math delimiters. */
final class Latex {
    private Latex() {
    }

    /** The index of the brace closing the one at {@code open}, or -1 when unbalanced. */
    static int matchBrace(String s, int open) {
        return match(s, open, s.charAt(open), s.charAt(open) == '(' ? ')' : s.charAt(open) == '[' ? ']' : '}');
    }

    private static int match(String s, int open, char o, char c) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == o || s.charAt(i + 1) == c)) {
                i++; // an escaped brace such as \{ does not nest
            } else if (ch == o) {
                depth++;
            } else if (ch == c && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The content of a math span that opens the text ({@code $...$}, {@code $$...$$},
     * {@code \(...\)}, {@code \[...\]}), or null when the text does not start with a closed one.
     */
    static String leadingMath(String s) {
        String[][] delims = {{"$$", "$$"}, {"\\(", "\\)"}, {"\\[", "\\]"}, {"$", "$"}};
        for (String[] d : delims) {
            if (s.startsWith(d[0])) {
                int close = unescapedIndexOf(s, d[1], d[0].length());
                // "$5, not $6" is money, not math: a closing dollar never follows a space
                if (close < 0 || (d[0].equals("$") && Character.isWhitespace(s.charAt(close - 1)))) {
                    return null;
                }
                return s.substring(d[0].length(), close);
            }
        }
        return null;
    }

    private static int unescapedIndexOf(String s, String what, int from) {
        int i = s.indexOf(what, from);
        while (i > 0 && s.charAt(i - 1) == '\\' && what.startsWith("$")) {
            i = s.indexOf(what, i + 1);
        }
        return i;
    }

    /** Text with surrounding math delimiters removed ({@code $x$} -> {@code x}). */
    static String unwrapMath(String s) {
        String t = s.strip();
        String inner = leadingMath(t);
        while (inner != null && t.length() - inner.length() <= 4 && (t.endsWith("$") || t.endsWith("\\)")
                || t.endsWith("\\]"))) {
            t = inner.strip();
            inner = leadingMath(t);
        }
        return t;
    }
}
