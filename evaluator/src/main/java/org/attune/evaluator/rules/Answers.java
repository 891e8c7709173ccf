package org.attune.evaluator.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.evaluator.AnchoredScan;
import org.attune.evaluator.AsciiCase;

/**
 * Finds the final answer the way SPEC §3 extracts it: the last {@code \boxed{..}}, else the last
 * "answer is .." / "Answer: .." phrase, else the last number (list markers at a line start are
 * layout, not numbers). Operators use it to keep the answer where and what it is.
 */
final class Answers {
    enum Kind { BOXED, PHRASE, NUMBER, NONE }

    /** The extracted answer: its kind, raw text and where that text sits in the response. */
    record Found(Kind kind, String raw, int start, int end) {
        static final Found NONE = new Found(Kind.NONE, "", -1, -1);

        String normalized() {
            return normalize(raw);
        }
    }

    /** "answer is", "final answer:", "Answer =", with optional bold around the label. */
    static final Pattern PHRASE = Pattern.compile(
            "(?i)\\b(?:final\\s+|short\\s+|correct\\s+)?answer\\b\\s*(?:\\*\\*|__)?\\s*"
                    + "(?:is|was|would\\s+be|will\\s+be|should\\s+be|:|=)(?![\\p{L}])\\s*(?:\\*\\*|__)?\\s*:?\\s*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.])\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s*/\\s*\\d+(?:,\\d{3})*(?:\\.\\d+)?)?");
    private static final Pattern BOXED = Pattern.compile("\\\\boxed\\{(.*)}");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern END_PUNCT = Pattern.compile("[.!?;:,]+$");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");
    private static final Pattern LETTER = Pattern.compile("^\\(([A-Za-z])\\)$");
    private static final Pattern MARKER = Pattern.compile("(?m)^[ \\t]*\\d{1,3}[.)][ \\t]+");

    private Answers() {
    }

    static Found find(String text) {
        Found boxed = lastBoxed(text);
        if (boxed != null) {
            return boxed;
        }
        Found phrase = lastPhrase(text);
        if (phrase != null) {
            return phrase;
        }
        Found number = lastNumber(text);
        return number == null ? Found.NONE : number;
    }

    static Found lastBoxed(String text) {
        Found last = null;
        int from = 0;
        while (true) {
            int b = indexOfBoxed(text, from);
            if (b < 0) {
                return last;
            }
            int open = text.indexOf('{', b);
            int close = Spans.matching(text, open);
            if (close < 0) {
                return last;
            }
            last = new Found(Kind.BOXED, text.substring(open + 1, close), b, close + 1);
            from = close + 1;
        }
    }

    private static int indexOfBoxed(String text, int from) {
        int a = text.indexOf("\\boxed{", from);
        int b = text.indexOf("\\fbox{", from);
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    /**
     * The last answer phrase outside protected spans. Every match holds the word "answer", so the
     * search jumps from one such word to the next (starting far enough before it for a "final" in
     * front) instead of trying the expression at every position: it runs on every sentence of
     * every outline. Matches are the ones the plain {@code while (m.find())} loop sees.
     */
    static Found lastPhrase(String text) {
        int from = 0;
        int word = AsciiCase.indexOf(text, "answer", 0);
        if (word < 0) {
            return null;
        }
        Matcher m = PHRASE.matcher(text);
        Found last = null;
        List<Spans.Range> prot = Spans.of(text);
        while (word >= 0 && m.find(Math.max(from, phraseStartBound(text, word)))) {
            from = m.end();
            word = AsciiCase.indexOf(text, "answer", from);
            if (Spans.inside(prot, m.start())) {
                continue;
            }
            int end = contentEnd(text, m.end(), prot);
            String content = text.substring(m.end(), end).strip();
            if (!content.isEmpty()) {
                last = new Found(Kind.PHRASE, content, m.start(), end);
            }
        }
        return last;
    }

    /** No match using the "answer" at i starts before this: its white space and a 7-letter word. */
    private static int phraseStartBound(String text, int i) {
        int k = i;
        while (k > 0 && RegexChars.isSpace(text.charAt(k - 1))) {
            k--;
        }
        return k == i ? i : Math.max(0, k - "correct".length());
    }

    /** The end of an answer phrase's content: the end of its sentence or line. */
    static int contentEnd(String text, int from, List<Spans.Range> prot) {
        int n = text.length();
        for (int j = from; j < n; j++) {
            if (Spans.inside(prot, j)) {
                continue;
            }
            char c = text.charAt(j);
            if (c == '\n') {
                return j;
            }
            if ((c == '.' || c == '!' || c == '?') && (j + 1 >= n || Character.isWhitespace(text.charAt(j + 1)))) {
                return j;
            }
        }
        return n;
    }

    /**
     * The last number outside list markers. Numbers start with a digit, so the expression is tried
     * only at digits (with the text before them visible to its look-behind), which finds the same
     * numbers as a plain {@code while (m.find())} loop at a fraction of the cost.
     */
    static Found lastNumber(String text) {
        int first = firstDigit(text, 0);
        if (first < 0) {
            return null;
        }
        String t = blankMarkers(text);
        Found[] last = {null};
        AnchoredScan.each(NUMBER.matcher(t), i -> firstDigit(t, Math.max(i, first)),
                m -> last[0] = new Found(Kind.NUMBER, m.group(), m.start(), m.end()));
        return last[0];
    }

    /** The index of the first ASCII digit (regex {@code \d}) at or after from, or -1. */
    private static int firstDigit(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** text with list markers at line starts replaced by spaces (same length). */
    static String blankMarkers(String text) {
        Matcher m = MARKER.matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                sb.setCharAt(k, ' ');
            }
        }
        return sb.toString();
    }

    /** A comparable form of an answer: plain math, no markup, spaces or end punctuation, lower case. */
    static String normalize(String raw) {
        String s = MathText.toPlain(raw);
        s = s.replace("**", "").replace("__", "").replace("$", "");
        s = BOXED.matcher(s).replaceAll("$1");
        s = Emoji.strip(s);
        s = SPACE.matcher(s).replaceAll("");
        s = END_PUNCT.matcher(s).replaceAll("");
        s = THOUSANDS.matcher(s).replaceAll("");
        s = LETTER.matcher(s).replaceAll("$1");
        return s.toLowerCase();
    }
}
