package org.attune.evaluator.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** emphasis: "bold" wants at least one bold span, "plain" none. */
final class EmphasisRule extends RuleBase {
    static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    static final String FALLBACK = "That is **key**.";
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,*])\\d+(?:,\\d{3})*(?:\\.\\d+)?(?![\\d*])");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}'’*])[\\p{L}]{6,}(?![\\p{L}'’*])");
    private static final Set<String> DULL = Set.of("because", "therefore", "through", "another", "itself",
            "between", "before", "should", "without", "already", "really", "something", "anything", "everything",
            "having", "always", "though", "whether", "within", "rather");

    EmphasisRule() {
        super("emphasis", "bold", "plain");
    }

    @Override
    String contrary(String value) {
        return value.equals("bold") ? "plain" : "bold";
    }

    static int count(String text) {
        int n = 0;
        for (Doc.Block b : Doc.parse(text).blocks) {
            if (b.kind == Doc.Kind.CODE || b.kind == Doc.Kind.MATH) {
                continue;
            }
            Matcher m = BOLD.matcher(Spans.masked(b.body));
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    @Override
    double score(String text, String value) {
        int n = count(text);
        return value.equals("bold") ? (n >= 1 ? 1 : 0) : decay(n, 4);
    }

    @Override
    String rewrite(String text, String value) {
        if (value.equals("plain")) {
            Doc doc = Doc.parse(text);
            for (Doc.Block b : doc.blocks) {
                if (b.kind != Doc.Kind.CODE && b.kind != Doc.Kind.MATH) {
                    b.body = Spans.mapOutside(b.body, Spans.of(b.body), s -> BOLD.matcher(s).replaceAll("$2"));
                }
            }
            return doc.render();
        }
        Outline o = Outline.of(text);
        for (Outline.Sent s : o.sents) {
            if (!s.body() || o.paras[s.block()] == null || s.text().stripTrailing().endsWith(":")) {
                continue;
            }
            String out = boldSalient(s.text());
            if (out != null) {
                o.paras[s.block()].sents.set(s.index(), out);
                return o.render();
            }
        }
        return Edits.insertAfterFirst(text, FALLBACK);
    }

    /** The sentence with its key word in bold: a technical term, else a number, else a long word. */
    static String boldSalient(String s) {
        List<Spans.Range> frozen = Spans.of(s);
        String editable = Spans.masked(s, frozen);
        for (String term : JargonRule.TERMS.find(editable)) {
            Matcher m = Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(term).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}])").matcher(s);
            while (m.find()) {
                if (!Spans.inside(frozen, m.start())) {
                    return wrap(s, m.start(), m.end());
                }
            }
        }
        String masked = Spans.masked(s, frozen);
        List<Spans.Range> math = MathText.runs(s);
        Matcher n = NUMBER.matcher(masked);
        while (n.find()) {
            if (masked.substring(n.start(), n.end()).indexOf('M') < 0 && !Spans.inside(math, n.start())) {
                return wrap(s, n.start(), n.end());
            }
        }
        Matcher w = WORD.matcher(masked);
        int bestStart = -1;
        int bestLen = 0;
        while (w.find()) {
            String word = w.group();
            if (word.indexOf('M') >= 0 && word.equals(word.replaceAll("[^M]", "M")) || DULL.contains(word.toLowerCase())) {
                continue;
            }
            if (word.length() > bestLen) {
                bestLen = word.length();
                bestStart = w.start();
            }
        }
        return bestStart < 0 ? null : wrap(s, bestStart, bestStart + bestLen);
    }

    private static String wrap(String s, int a, int b) {
        return s.substring(0, a) + "**" + s.substring(a, b) + "**" + s.substring(b);
    }
}
