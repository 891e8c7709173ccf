package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Math notation in both directions: LaTeX to plain text ({@code \frac{3}{4}} to {@code 3/4}) and
 * plain-text expressions ({@code 3/4}, {@code x^2 + 1 = 5}) to inline LaTeX. {@code \boxed{..}} keeps
 * its wrapper in plain text because it marks the answer, not the notation.
 */
final class MathText {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("div", "÷"), Map.entry("pm", "±"),
            Map.entry("mp", "∓"), Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("leqslant", "≤"),
            Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("geqslant", "≥"), Map.entry("ne", "≠"),
            Map.entry("neq", "≠"), Map.entry("approx", "≈"), Map.entry("equiv", "≡"), Map.entry("sim", "~"),
            Map.entry("infty", "∞"), Map.entry("pi", "π"), Map.entry("theta", "θ"), Map.entry("alpha", "α"),
            Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("Delta", "Δ"),
            Map.entry("epsilon", "ε"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("sigma", "σ"),
            Map.entry("Sigma", "Σ"), Map.entry("omega", "ω"), Map.entry("Omega", "Ω"), Map.entry("phi", "φ"),
            Map.entry("rho", "ρ"), Map.entry("tau", "τ"), Map.entry("circ", "°"), Map.entry("degree", "°"),
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("Rightarrow", "⇒"),
            Map.entry("implies", "⇒"), Map.entry("iff", "⇔"), Map.entry("Leftrightarrow", "⇔"),
            Map.entry("in", "∈"), Map.entry("notin", "∉"), Map.entry("subset", "⊂"), Map.entry("subseteq", "⊆"),
            Map.entry("cup", "∪"), Map.entry("cap", "∩"), Map.entry("emptyset", "∅"), Map.entry("angle", "∠"),
            Map.entry("triangle", "△"), Map.entry("perp", "⊥"), Map.entry("parallel", "∥"),
            Map.entry("ldots", "..."), Map.entry("dots", "..."), Map.entry("cdots", "..."), Map.entry("sum", "Σ"),
            Map.entry("prod", "Π"), Map.entry("int", "∫"), Map.entry("lfloor", "⌊"), Map.entry("rfloor", "⌋"),
            Map.entry("lceil", "⌈"), Map.entry("rceil", "⌉"), Map.entry("mid", "|"), Map.entry("vert", "|"),
            Map.entry("neg", "¬"), Map.entry("land", "∧"), Map.entry("lor", "∨"), Map.entry("wedge", "∧"),
            Map.entry("vee", "∨"), Map.entry("forall", "∀"), Map.entry("exists", "∃"), Map.entry("cong", "≅"),
            Map.entry("propto", "∝"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"), Map.entry("quad", " "),
            Map.entry("qquad", " "), Map.entry("displaystyle", ""), Map.entry("left", ""), Map.entry("right", ""),
            Map.entry("big", ""), Map.entry("Big", ""), Map.entry("bigg", ""), Map.entry("Bigg", ""),
            Map.entry("bigl", ""), Map.entry("bigr", ""), Map.entry("Bigl", ""), Map.entry("Bigr", ""),
            Map.entry("limits", ""), Map.entry("nonumber", ""), Map.entry("notag", ""));
    private static final Pattern WRAPPERS = Pattern.compile(
            "\\\\(?:text|textbf|textit|textrm|mathrm|mathbf|mathit|mathsf|operatorname|mbox|emph|hbox)\\s*\\{");
    private static final Pattern DECOR = Pattern.compile("\\\\(overline|bar|hat|vec|tilde|dot|widehat|underline)\\s*\\{");

    private MathText() {
    }

    // ------------------------------------------------------------------ LaTeX -> plain

    /** s with every math span and bare LaTeX command rewritten as plain text (code is left alone). */
    static String toPlain(String s) {
        List<Spans.Range> ranges = Spans.of(s);
        if (ranges.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Spans.Range r : ranges) {
            sb.append(s, at, r.start());
            String span = s.substring(r.start(), r.end());
            sb.append(plainSpan(span));
            at = r.end();
        }
        sb.append(s.substring(at));
        return sb.toString();
    }

    private static String plainSpan(String span) {
        if (span.startsWith("`") || span.startsWith("<<") || span.startsWith("[asy]") || span.startsWith("http")) {
            return span;
        }
        if (span.equals("\\$") || span.equals("\\%") || span.equals("\\&") || span.equals("\\#")
                || span.equals("\\_") || span.equals("\\{") || span.equals("\\}")) {
            return span.substring(1);
        }
        String inner = span;
        if (span.startsWith("$$") && span.endsWith("$$") && span.length() >= 4) {
            inner = span.substring(2, span.length() - 2);
        } else if (span.startsWith("$") && span.endsWith("$") && span.length() >= 2) {
            inner = span.substring(1, span.length() - 1);
        } else if ((span.startsWith("\\(") || span.startsWith("\\[")) && span.length() >= 4) {
            inner = span.substring(2, span.length() - 2);
        }
        if (span.startsWith("$$") || span.startsWith("\\[") || span.startsWith("\\begin{")) {
            // display math: one expression per row
            return content(inner).strip().replaceAll("\\s*;\\s*$", "");
        }
        return content(inner).strip();
    }

    /** The plain form of LaTeX math content. */
    static String content(String latex) {
        String s = latex;
        s = s.replaceAll("\\\\begin\\{[^}]*}(\\{[^}]*})?", "").replaceAll("\\\\end\\{[^}]*}", "");
        s = s.replace("\\\\", "; ").replace("&", "");
        s = s.replace("\\,", " ").replace("\\;", " ").replace("\\:", " ").replace("\\!", "").replace("\\ ", " ");
        s = s.replace("\\%", "%").replace("\\$", "$").replace("\\{", "\u0001").replace("\\}", "\u0002");
        s = s.replace("^\\circ", "°").replace("^{\\circ}", "°");
        String prev;
        do {
            prev = s;
            s = structures(s);
        } while (!s.equals(prev));
        Matcher m = Pattern.compile("\\\\([A-Za-z]+)(\\s?)").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String rep = SYMBOLS.getOrDefault(name, name);
            if (name.equals("boxed") || name.equals("fbox")) {
                rep = "\\" + name;
            } else if (!rep.isEmpty() && Character.isLetter(rep.charAt(rep.length() - 1)) && m.end() < s.length()
                    && Character.isLetterOrDigit(s.charAt(m.end()))) {
                rep = rep + " ";
            } else if (!rep.isEmpty() && !Character.isLetter(rep.charAt(rep.length() - 1))) {
                rep = rep + m.group(2);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        s = sb.toString();
        s = keepBoxedBraces(s);
        s = s.replace("\u0001", "{").replace("\u0002", "}");
        s = s.replaceAll("[ \\t]{2,}", " ");
        return s;
    }

    /** Rewrites one layer of \frac, \sqrt, \binom, text wrappers, decorations and ^{..} / _{..}. */
    private static String structures(String s) {
        int i = s.indexOf('\\');
        while (i >= 0) {
            String rest = s.substring(i);
            Matcher w = WRAPPERS.matcher(rest);
            if (w.lookingAt()) {
                int open = i + w.end() - 1;
                int close = Spans.matching(s, open);
                if (close > 0) {
                    return s.substring(0, i) + s.substring(open + 1, close) + s.substring(close + 1);
                }
            }
            Matcher d = DECOR.matcher(rest);
            if (d.lookingAt()) {
                int open = i + d.end() - 1;
                int close = Spans.matching(s, open);
                if (close > 0) {
                    return s.substring(0, i) + d.group(1) + "(" + s.substring(open + 1, close) + ")"
                            + s.substring(close + 1);
                }
            }
            Matcher f = Pattern.compile("\\\\[dt]?frac\\s*\\{|\\\\binom\\s*\\{").matcher(rest);
            if (f.lookingAt()) {
                int open1 = i + f.end() - 1;
                int close1 = Spans.matching(s, open1);
                if (close1 > 0 && close1 + 1 < s.length() && s.charAt(close1 + 1) == '{') {
                    int close2 = Spans.matching(s, close1 + 1);
                    if (close2 > 0) {
                        String a = s.substring(open1 + 1, close1).strip();
                        String b = s.substring(close1 + 2, close2).strip();
                        String rep = rest.startsWith("\\binom") ? "C(" + a + ", " + b + ")" : group(a) + "/" + group(b);
                        return s.substring(0, i) + rep + s.substring(close2 + 1);
                    }
                }
            }
            Matcher q = Pattern.compile("\\\\sqrt\\s*(\\[([^\\]]*)])?\\s*\\{").matcher(rest);
            if (q.lookingAt()) {
                int open = i + q.end() - 1;
                int close = Spans.matching(s, open);
                if (close > 0) {
                    String a = s.substring(open + 1, close).strip();
                    String rep = q.group(2) == null ? "sqrt(" + a + ")" : group(a) + "^(1/" + q.group(2).strip() + ")";
                    return s.substring(0, i) + rep + s.substring(close + 1);
                }
            }
            i = s.indexOf('\\', i + 1);
        }
        Matcher p = Pattern.compile("([\\^_])\\s*\\{").matcher(s);
        if (p.find()) {
            int open = p.end() - 1;
            int close = Spans.matching(s, open);
            if (close > 0) {
                String a = s.substring(open + 1, close).strip();
                return s.substring(0, p.start()) + p.group(1) + group(a) + s.substring(close + 1);
            }
        }
        return s;
    }

    /** a, parenthesized unless it is a single number, letter or already bracketed group. */
    private static String group(String a) {
        if (a.matches("[\\p{L}\\p{N}.°]+") || a.matches("\\(.*\\)") && Spans.matching(a, 0) == a.length() - 1) {
            return a;
        }
        return "(" + a + ")";
    }

    /** Removes grouping braces except those of \boxed{..}, which stays the answer marker. */
    private static String keepBoxedBraces(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("\\boxed{", i) || s.startsWith("\\fbox{", i)) {
                int open = s.indexOf('{', i);
                int close = Spans.matching(s, open);
                if (close > 0) {
                    sb.append(s, i, open + 1).append(keepBoxedBraces(s.substring(open + 1, close)).strip()).append('}');
                    i = close + 1;
                    continue;
                }
            }
            char c = s.charAt(i);
            if (c != '{' && c != '}') {
                sb.append(c);
            }
            i++;
        }
        return sb.toString();
    }

    /** How many LaTeX marks s has outside code: math spans, commands other than \boxed, escapes. */
    static int latexMarks(String s) {
        int n = 0;
        for (Spans.Range r : Spans.of(s)) {
            String span = s.substring(r.start(), r.end());
            if (span.startsWith("`") || span.startsWith("<<") || span.startsWith("[asy]") || span.startsWith("http")) {
                continue;
            }
            if (span.startsWith("$") || span.startsWith("\\(") || span.startsWith("\\[")) {
                n++;
                continue;
            }
            Matcher m = Pattern.compile("\\\\([A-Za-z]+|[$%&#_{}])").matcher(span);
            while (m.find()) {
                if (!m.group(1).equals("boxed") && !m.group(1).equals("fbox")) {
                    n++;
                }
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ plain -> LaTeX

    private static final String NUM = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final String VAR = "(?<![\\p{L}\\d'’])[a-z](?![\\p{L}'’])";
    private static final String PAREN = "\\((?:[\\d\\s.,+\\-−*×·÷/^²³π]|(?<![a-zA-Z])[a-z](?![a-zA-Z]))+\\)";
    private static final String ATOM = "(?:" + NUM + "(?:[a-z](?![\\p{L}'’]))?|" + VAR + "|π|√\\d+|sqrt" + PAREN
            + "|" + PAREN + ")";
    /** An atom with any bracketed factors after it: w(w + 3), (x + 1)(x - 1), 2(5 + 8). */
    private static final String BASE = ATOM + "(?:" + PAREN + ")*";
    private static final String POW = "(?:[²³]|\\^(?:\\d+|[a-z](?![\\p{L}])|" + PAREN + "))";
    private static final String OPERAND = BASE + POW + "?(?:!|%)?";
    private static final String OP = "\\s*(?:<=|>=|!=|==|[-+−*×·÷/=<>≤≥≠±]|(?<=\\d )x(?= \\d))\\s*";
    /** A plain-text expression: operands joined by operators, or a power on its own. */
    static final Pattern RUN = Pattern.compile("(?<![\\w$\\\\])(?:(?<![\\w)])[-−])?(?:" + OPERAND + "(?:" + OP
            + "[-−]?" + OPERAND + ")+|" + BASE + POW + ")(?![\\w$])");

    /** Plain-text expressions in s outside protected spans (and not next to a money sign). */
    static List<Spans.Range> runs(String s) {
        List<Spans.Range> prot = Spans.of(s);
        String m = Spans.masked(s, prot);
        List<Spans.Range> out = new ArrayList<>();
        Matcher r = RUN.matcher(m);
        while (r.find()) {
            String run = r.group();
            if (run.indexOf('M') >= 0 && !run.matches(".*\\d.*")) {
                continue;
            }
            if (overlaps(prot, r.start(), r.end())) {
                continue;
            }
            if (isPlainYear(run)) {
                continue;
            }
            out.add(new Spans.Range(r.start(), r.end()));
        }
        return out;
    }

    private static boolean isPlainYear(String run) {
        return run.matches("\\d{4}-\\d{4}");
    }

    private static boolean overlaps(List<Spans.Range> ranges, int a, int b) {
        for (Spans.Range r : ranges) {
            if (r.start() < b && a < r.end()) {
                return true;
            }
        }
        return false;
    }

    /** s with each plain expression wrapped as inline LaTeX. */
    static String toLatex(String s) {
        List<Spans.Range> rs = runs(s);
        if (rs.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Spans.Range r : rs) {
            sb.append(s, at, r.start()).append('$').append(latexRun(s.substring(r.start(), r.end()))).append('$');
            at = r.end();
        }
        sb.append(s.substring(at));
        return sb.toString();
    }

    static String latexRun(String run) {
        String s = run.strip();
        s = s.replaceAll("sqrt\\(([^()]*)\\)", "\\\\sqrt{$1}").replaceAll("√(\\d+)", "\\\\sqrt{$1}");
        s = s.replaceAll("\\^\\(([^()]*)\\)", "^{$1}").replaceAll("\\^(\\d{2,})", "^{$1}");
        s = s.replace("²", "^2").replace("³", "^3");
        s = s.replaceAll("(?<![\\w.}^{])(" + NUM + "|[a-z])\\s*/\\s*(" + NUM + "|[a-z])(?![\\w.(^])",
                "\\\\frac{$1}{$2}");
        s = s.replaceAll("\\s*(?:\\*|×|(?<=\\d )x(?= \\d))\\s*", " \\\\times ");
        s = s.replace("·", " \\cdot ").replace("÷", " \\div ").replace("<=", " \\le ").replace(">=", " \\ge ")
                .replace("!=", " \\ne ").replace("==", " = ").replace("≤", " \\le ").replace("≥", " \\ge ")
                .replace("≠", " \\ne ").replace("±", " \\pm ").replace("−", "-").replace("π", "\\pi ")
                .replace("%", "\\%");
        return s.replaceAll("\\s{2,}", " ").replaceAll("\\\\pi (?=[^a-zA-Z])", "\\\\pi").strip();
    }
}
