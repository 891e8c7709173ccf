package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regions of a string that word-level rewrites must leave alone: math (inline and display, with
 * {@code $}, {@code \(}, {@code \[}), bare LaTeX commands with their brace arguments (so
 * {@code \boxed{..}}), inline code, calculator notes {@code <<..>>}, {@code [asy]} figures and URLs.
 */
final class Spans {
    /** A half-open range [start, end). */
    record Range(int start, int end) {
    }

    private static final Pattern URL = Pattern.compile("https?://\\S*[^\\s.,;:!?)\\]'\"]");

    private Spans() {
    }

    /** The protected ranges of s, sorted and disjoint. */
    static List<Range> of(String s) {
        List<Range> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '`' && c != '<' && c != '[' && c != 'h' && c != '$' && c != '\\') {
                i++; // no span starts here: skip protectedEnd's tests
                continue;
            }
            int end = protectedEnd(s, i);
            if (end > i) {
                out.add(new Range(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** If a protected span starts at i, its end; else i. */
    private static int protectedEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '`') {
            int close = s.indexOf('`', i + 1);
            return close < 0 ? i : close + 1;
        }
        if (c == '<' && s.startsWith("<<", i)) {
            int close = s.indexOf(">>", i + 2);
            return close < 0 ? i : close + 2;
        }
        if (c == '[' && s.startsWith("[asy]", i)) {
            int close = s.indexOf("[/asy]", i);
            return close < 0 ? s.length() : close + 6;
        }
        if (c == 'h' && (s.startsWith("http://", i) || s.startsWith("https://", i))) {
            Matcher m = URL.matcher(s);
            return m.find(i) && m.start() == i ? m.end() : i;
        }
        if (c == '$') {
            return dollarEnd(s, i);
        }
        if (c == '\\' && i + 1 < s.length()) {
            char d = s.charAt(i + 1);
            if (d == '(' || d == '[') {
                int close = s.indexOf(d == '(' ? "\\)" : "\\]", i + 2);
                return close < 0 ? i : close + 2;
            }
            if (d == '$' || d == '%' || d == '&' || d == '#' || d == '_' || d == '{' || d == '}') {
                return i + 2;
            }
            if (s.startsWith("\\begin{", i)) {
                int nameEnd = s.indexOf('}', i + 7);
                if (nameEnd > 0) {
                    String end = "\\end{" + s.substring(i + 7, nameEnd) + "}";
                    int close = s.indexOf(end, nameEnd);
                    if (close > 0) {
                        return close + end.length();
                    }
                }
            }
            if (Character.isLetter(d)) {
                return commandEnd(s, i);
            }
        }
        return i;
    }

    /** The end of a {@code $..$} or {@code $$..$$} math span at i, or i when the dollar is money. */
    private static int dollarEnd(String s, int i) {
        if (i > 0 && s.charAt(i - 1) == '\\') {
            return i;
        }
        if (s.startsWith("$$", i)) {
            int close = s.indexOf("$$", i + 2);
            return close < 0 ? i : close + 2;
        }
        // pandoc's rule: no space after the opener, none before the closer, no digit after it
        if (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1))) {
            return i;
        }
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\n') {
                return i;
            }
            if (c == '$' && s.charAt(j - 1) != '\\') {
                boolean spaceBefore = Character.isWhitespace(s.charAt(j - 1));
                boolean digitAfter = j + 1 < s.length() && Character.isDigit(s.charAt(j + 1));
                if (spaceBefore || digitAfter) {
                    return i;
                }
                return j + 1;
            }
        }
        return i;
    }

    /** A bare LaTeX command with its bracket and brace arguments, e.g. {@code \frac{1}{2}}. */
    private static int commandEnd(String s, int i) {
        int j = i + 1;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        while (j < s.length() && (s.charAt(j) == '{' || s.charAt(j) == '[')) {
            int close = matching(s, j);
            if (close < 0) {
                break;
            }
            j = close + 1;
        }
        return j;
    }

    /** The index of the bracket closing the one at open, or -1. */
    static int matching(String s, int open) {
        char o = s.charAt(open);
        char c = o == '{' ? '}' : o == '[' ? ']' : ')';
        int depth = 0;
        for (int j = open; j < s.length(); j++) {
            char x = s.charAt(j);
            if (x == '\\' && j + 1 < s.length()) {
                j++;
                continue;
            }
            if (x == o) {
                depth++;
            } else if (x == c) {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** s with every protected character (newlines too) replaced by 'M', keeping the length. */
    static String masked(String s) {
        return masked(s, of(s));
    }

    static String masked(String s, List<Range> ranges) {
        StringBuilder sb = new StringBuilder(s);
        for (Range r : ranges) {
            for (int k = r.start(); k < r.end(); k++) {
                sb.setCharAt(k, 'M');
            }
        }
        return sb.toString();
    }

    /** Applies f to each stretch of s outside the given ranges; the ranges are kept verbatim. */
    static String mapOutside(String s, List<Range> ranges, UnaryOperator<String> f) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Range r : ranges) {
            if (r.start() > at) {
                sb.append(f.apply(s.substring(at, r.start())));
            }
            sb.append(s, r.start(), r.end());
            at = r.end();
        }
        if (at < s.length()) {
            sb.append(f.apply(s.substring(at)));
        }
        return sb.toString();
    }

    /** Whether index k lies in one of the ranges. */
    static boolean inside(List<Range> ranges, int k) {
        for (Range r : ranges) {
            if (k >= r.start() && k < r.end()) {
                return true;
            }
        }
        return false;
    }

    /** The union of two sorted range lists, sorted and merged. */
    static List<Range> union(List<Range> a, List<Range> b) {
        List<Range> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort((x, y) -> Integer.compare(x.start(), y.start()));
        List<Range> out = new ArrayList<>();
        for (Range r : all) {
            if (!out.isEmpty() && r.start() <= out.get(out.size() - 1).end()) {
                Range last = out.remove(out.size() - 1);
                out.add(new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
