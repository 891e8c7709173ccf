package org.attune.evaluator.rules;

import java.util.List;

/**
 * exclamation: "enthusiastic" wants at least one exclamation mark, "calm" none. A "!" right after a
 * digit, a one-letter variable or a bracket is a factorial, and "!=" is an operator; neither counts.
 */
final class ExclamationRule extends RuleBase {
    static final String FALLBACK = "There we go!";

    ExclamationRule() {
        super("exclamation", "enthusiastic", "calm");
    }

    @Override
    String contrary(String value) {
        return value.equals("enthusiastic") ? "calm" : "enthusiastic";
    }

    /** Whether the "!" at i of s is an exclamation mark. */
    static boolean isMark(String s, int i) {
        if (s.charAt(i) != '!') {
            return false;
        }
        if (i + 1 < s.length() && s.charAt(i + 1) == '=') {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        if (Character.isDigit(p) || p == ')' || p == ']' || p == '}') {
            return false;
        }
        if (Character.isLetter(p)) {
            boolean single = i < 2 || !Character.isLetter(s.charAt(i - 2));
            return !single || p == 'I' || p == 'a';
        }
        return true;
    }

    static int count(String text) {
        int n = 0;
        for (Doc.Block b : Doc.parse(text).blocks) {
            if (b.kind == Doc.Kind.CODE || b.kind == Doc.Kind.MATH) {
                continue;
            }
            String m = Spans.masked(b.body);
            for (int i = 0; i < m.length(); i++) {
                if (isMark(m, i)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    double score(String text, String value) {
        int n = count(text);
        return value.equals("enthusiastic") ? (n >= 1 ? 1 : 0) : decay(n, 4);
    }

    @Override
    String rewrite(String text, String value) {
        return value.equals("calm") ? calm(text) : enthuse(text);
    }

    private static String calm(String text) {
        Doc doc = Doc.parse(text);
        for (Doc.Block b : doc.blocks) {
            if (b.kind == Doc.Kind.CODE || b.kind == Doc.Kind.MATH) {
                continue;
            }
            List<Spans.Range> prot = Spans.of(b.body);
            String m = Spans.masked(b.body, prot);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < b.body.length(); i++) {
                char c = b.body.charAt(i);
                if (isMark(m, i)) {
                    boolean afterMark = sb.length() > 0 && ".?!".indexOf(sb.charAt(sb.length() - 1)) >= 0;
                    if (!afterMark && b.kind != Doc.Kind.HEADING) {
                        sb.append('.');
                    }
                } else {
                    sb.append(c);
                }
            }
            b.body = b.body.equals(sb.toString()) ? b.body : sb.toString().replaceAll("[ \\t]+$", "");
        }
        return doc.render();
    }

    private static String enthuse(String text) {
        Outline o = Outline.of(text);
        for (Outline.Sent s : o.sents) {
            if (!s.body() || o.paras[s.block()] == null) {
                continue;
            }
            String out = exclaim(s.text());
            if (out != null) {
                o.paras[s.block()].sents.set(s.index(), out);
                return o.render();
            }
        }
        return Edits.insertAfterFirst(text, FALLBACK);
    }

    /** The sentence ending in "!" instead of ".", or null when its end would read as a factorial. */
    static String exclaim(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (Emoji.isEmoji(cp) || Emoji.isGlue(cp) || cp == ' ' || "\"'”’)*_".indexOf(cp) >= 0) {
                end -= Character.charCount(cp);
            } else {
                break;
            }
        }
        if (end == 0) {
            return null;
        }
        char last = s.charAt(end - 1);
        String masked = Spans.masked(s);
        if (last == '.' && end >= 3 && Character.isLetter(masked.charAt(end - 2)) && Character.isLetter(masked.charAt(end - 3))
                && masked.charAt(end - 2) != 'M') {
            return s.substring(0, end - 1) + "!" + s.substring(end);
        }
        if (Character.isLetter(last) && end >= 2 && Character.isLetter(masked.charAt(end - 2))
                && masked.charAt(end - 1) != 'M') {
            return s.substring(0, end) + "!" + s.substring(end);
        }
        return null;
    }
}
