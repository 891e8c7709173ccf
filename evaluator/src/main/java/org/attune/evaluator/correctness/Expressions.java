package org.attune.evaluator.correctness;

import java.util.regex.Pattern;

/**
 * Normalizes a math answer so that equal content compares equal however it is typeset:
 * {@code \dfrac{7}{3}}, {@code \frac73} and {@code 7/3}; {@code 2\sqrt{5}}, {@code 2√5} and
 * {@code 2*sqrt(5)}; {@code x^{2}+1} and {@code x^2 + 1}; {@code \left(} and {@code (};
 * {@code \cdot} and {@code \times}; surrounding {@code $}; a trailing period. It does no algebra.
 */
final class Expressions {
    private static final Pattern WRAPPERS = Pattern.compile(
            "\\\\(?:text|textbf|textit|textrm|mathrm|mathbf|mathit|mbox|operatorname|boldsymbol)\\s*\\{([^{}]*)\\}");
    private static final Pattern SPACING = Pattern.compile(
            "\\\\(?:displaystyle|left|right|bigl|bigr|Bigl|Bigr|big|Big|quad|qquad|[,;:! ])(?![a-zA-Z])|~");
    private static final Pattern DEGREES = Pattern.compile("\\^\\s*\\{?\\s*\\\\circ\\s*\\}?|\\\\circ|\\\\degree|°");
    private static final String OPERATORS = "+-*/=,<>;|";

    private Expressions() {
    }

    static String normalize(String raw) {
        String s = Latex.unwrapMath(Numbers.prepare(raw.strip()));
        s = s.replaceAll("[.\\s]+$", "");
        String before;
        do {
            before = s;
            s = WRAPPERS.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        } while (!s.equals(before));
        s = SPACING.matcher(s).replaceAll("");
        s = DEGREES.matcher(s).replaceAll("°");
        s = s.replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac").replace("\\cfrac", "\\frac")
                .replace("\\cdot", "*").replace("\\times", "*").replace("×", "*").replace("·", "*")
                .replace("√", "\\sqrt").replace("\\%", "%").replace("\\$", "").replace("\\le ", "\\leq ")
                .replace("\\ge ", "\\geq ");
        s = structure(s).replaceAll("\\s+", "");
        s = s.replaceAll("(?<!\\\\)[{}]", "");
        s = dropRedundantParens(s);
        // an explicit product sign adds nothing except between two digits
        s = s.replaceAll("(?<!\\d)\\*|\\*(?!\\d)", "");
        return s.replaceAll("\\.$", "");
    }

    /** Rewrites \frac, \sqrt and ^/_ arguments into a plain linear form, recursively. */
    static String structure(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (command(s, i, "\\frac")) {
                int[] a = argument(s, skipSpaces(s, i + 5));
                int[] b = a == null ? null : argument(s, skipSpaces(s, a[1]));
                if (b == null) {
                    out.append("\\frac");
                    i += 5;
                    continue;
                }
                out.append(wrap(structure(s.substring(a[0], a[2])))).append('/')
                        .append(wrap(structure(s.substring(b[0], b[2]))));
                i = b[1];
            } else if (command(s, i, "\\sqrt")) {
                int j = skipSpaces(s, i + 5);
                String index = null;
                if (j < s.length() && s.charAt(j) == '[') {
                    int close = Latex.matchBrace(s, j);
                    if (close > 0) {
                        index = structure(s.substring(j + 1, close)).strip();
                        j = skipSpaces(s, close + 1);
                    }
                }
                int[] a = argument(s, j);
                if (a == null) {
                    out.append("sqrt");
                    i = j;
                    continue;
                }
                String body = structure(s.substring(a[0], a[2]));
                out.append(index == null ? "sqrt(" + body + ")" : "root(" + index + "," + body + ")");
                i = a[1];
            } else if ((s.charAt(i) == '^' || s.charAt(i) == '_') && i + 1 < s.length()) {
                int[] a = argument(s, skipSpaces(s, i + 1));
                if (a == null) {
                    out.append(s.charAt(i));
                    i++;
                    continue;
                }
                out.append(s.charAt(i)).append(wrap(structure(s.substring(a[0], a[2]))));
                i = a[1];
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean command(String s, int i, String name) {
        int end = i + name.length();
        return s.startsWith(name, i) && (end >= s.length() || !Character.isLetter(s.charAt(end)));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * One macro argument at i: a braced group, a parenthesized group (for √(x+1)), a command
     * such as \pi, or one character. Returns {contentStart, nextIndex, contentEnd} or null.
     */
    private static int[] argument(String s, int i) {
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (c == '{' || c == '(') {
            int close = Latex.matchBrace(s, i);
            return close < 0 ? null : new int[] {i + 1, close + 1, close};
        }
        if (c == '\\') {
            int j = i + 1;
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                j++;
            }
            return j == i + 1 ? null : new int[] {i, j, j};
        }
        return new int[] {i, i + 1, i + 1};
    }

    /** Parenthesizes a piece unless it is atomic (no top-level operator). */
    private static String wrap(String piece) {
        String p = piece.strip();
        return atomic(p) ? p : "(" + p + ")";
    }

    private static boolean atomic(String p) {
        if (p.isEmpty()) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (depth == 0 && (OPERATORS.indexOf(c) >= 0 || Character.isWhitespace(c)
                    || p.startsWith("\\pm", i) || p.startsWith("\\mp", i))) {
                return false;
            }
        }
        return true;
    }

    /** Removes parentheses around atomic content that are not a function call: (2)x is 2x. */
    static String dropRedundantParens(String s) {
        String cur = s;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < cur.length(); i++) {
                // a paren after a letter is a function call: sqrt(2x) is not sqrt(2)x
                if (cur.charAt(i) != '(' || (i > 0 && (cur.charAt(i - 1) == '\\' || Character.isLetter(cur.charAt(i - 1))))) {
                    continue;
                }
                int close = Latex.matchBrace(cur, i);
                if (close < 0) {
                    continue; // a half-open interval such as (0, 1] has no closing paren
                }
                String inner = cur.substring(i + 1, close);
                if (atomic(inner)) {
                    cur = cur.substring(0, i) + inner + cur.substring(close + 1);
                    changed = true;
                    break;
                }
            }
        }
        return cur;
    }

    /** The right-hand side of a leading single-variable assignment ("x=5" -> "5"), else the input. */
    static String withoutAssignment(String normalized) {
        return normalized.matches("[A-Za-z]=[^=]+") ? normalized.substring(2) : normalized;
    }
}
