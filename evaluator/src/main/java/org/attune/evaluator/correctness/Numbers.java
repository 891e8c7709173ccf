package org.attune.evaluator.correctness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads numbers the way models write them: {@code 1,234}, {@code -3.5}, {@code .25},
 * {@code 3/4}, {@code \frac{3}{4}}, {@code \dfrac34}, {@code $12}, {@code 45%}, {@code 1.5e3},
 * {@code 2 \times 10^{5}}. Currency signs, percent signs and units around a number are ignored.
 */
final class Numbers {
    /** Relative tolerance of a numeric comparison (absolute when one side is 0). */
    static final double TOLERANCE = 1e-6;

    // thousands groups only when exactly three digits follow each comma
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?|\\.\\d+";
    private static final String TEX_ARG = "(?:\\{\\s*(?<%1$s>-?(?:" + NUM + "))\\s*\\}|(?<%1$s1>\\d))";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\d_.\\\\])(?<sign>-)?(?:"
                    + "\\\\[dt]?frac\\s*" + TEX_ARG.formatted("tn") + "\\s*" + TEX_ARG.formatted("td")
                    + "|(?<sn>" + NUM + ")\\s*/\\s*(?<sd>" + NUM + ")(?![\\d/])"
                    + "|(?<m>" + NUM + ")(?:\\s*(?:\\\\times|×|\\\\cdot)\\s*10\\s*\\^\\s*\\{?(?<e1>[-+]?\\d+)\\}?"
                    + "|[eE](?<e2>[-+]?\\d+)(?![\\p{L}\\d]))?"
                    + ")");
    private static final Pattern MIXED = Pattern.compile("^(\\d+)\\s*(?=\\\\[dt]?frac)");
    // what may surround a lone number and still leave it "just a number"
    private static final Pattern DECOR = Pattern.compile(
            "\\\\[$%]|[$%€£]|\\^\\s*\\{?\\\\circ\\}?|°|\\\\circ|\\\\text\\s*\\{[^{}]*\\}|\\\\mbox\\s*\\{[^{}]*\\}");

    private Numbers() {
    }

    /** One number found in a text: its raw spelling, position and value. */
    record Num(String raw, int start, int end, double value) {
    }

    // a thin, narrow no-break or no-break space between digit groups (SI and French style: 1 000 000)
    private static final Pattern SPACE_GROUP = Pattern.compile("(?<=\\d)[\\u2009\\u202f\\u00a0](?=\\d{3}(?!\\d))");

    /** Undoes LaTeX spacing, space-grouped thousands and Unicode minus signs so the pattern sees plain digits. */
    static String prepare(String s) {
        String t = s.replace("\\!", "").replace("\\,", "").replace("{,}", ",").replace('−', '-').replace('–', '-');
        if (t.indexOf('\u2009') >= 0 || t.indexOf('\u202f') >= 0 || t.indexOf('\u00a0') >= 0) {
            t = SPACE_GROUP.matcher(t).replaceAll(",");
        }
        return t.replace('\u2009', ' ').replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Every number in the (prepared) text, in order. */
    static List<Num> findAll(String text) {
        String s = prepare(text);
        List<Num> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            Double v = value(m);
            if (v != null && !v.isNaN() && !v.isInfinite()) {
                out.add(new Num(m.group().strip(), m.start(), m.end(), v));
            }
        }
        return out;
    }

    static Num first(String text) {
        List<Num> all = findAll(text);
        return all.isEmpty() ? null : all.get(0);
    }

    static Num last(String text) {
        List<Num> all = findAll(text);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /**
     * The value of a text that is a single number and nothing else (besides currency, percent,
     * degree signs and {@code \text{unit}}), including a mixed number such as {@code 1\frac{4}{5}};
     * else null.
     */
    static Double whole(String text) {
        String s = DECOR.matcher(prepare(text)).replaceAll(" ").strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        double base = 0;
        Matcher mixed = MIXED.matcher(s);
        if (mixed.find()) {
            base = Double.parseDouble(mixed.group(1));
            s = s.substring(mixed.end());
        }
        List<Num> all = findAll(s);
        if (all.size() != 1 || all.get(0).start() != 0 || all.get(0).end() != s.length()) {
            return null;
        }
        return base + all.get(0).value();
    }

    static boolean close(double a, double b) {
        if (a == 0 || b == 0) {
            return Math.abs(a - b) <= TOLERANCE;
        }
        return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static Double value(Matcher m) {
        double sign = m.group("sign") != null ? -1 : 1;
        if (m.group("sn") != null) {
            double d = parse(m.group("sd"));
            return d == 0 ? null : sign * parse(m.group("sn")) / d;
        }
        if (m.group("m") != null) {
            double v = parse(m.group("m"));
            String e = m.group("e1") != null ? m.group("e1") : m.group("e2");
            return sign * (e == null ? v : v * Math.pow(10, Integer.parseInt(e)));
        }
        String n = m.group("tn") != null ? m.group("tn") : m.group("tn1");
        String d = m.group("td") != null ? m.group("td") : m.group("td1");
        double dv = parse(d);
        return dv == 0 ? null : sign * parse(n) / dv;
    }

    private static double parse(String s) {
        return Double.parseDouble(s.replace(",", ""));
    }
}
