package org.attune.evaluator.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain regular-expression versions of text scans that now take shortcuts (word counts, the last
 * answer phrase and number, hedge counts, answer statements), kept as the oracle they must agree with.
 */
final class RegexTextOracle {
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.])\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s*/\\s*\\d+(?:,\\d{3})*(?:\\.\\d+)?)?");

    private RegexTextOracle() {
    }

    static int wordCount(String s) {
        Matcher t = TOKEN.matcher(Spans.masked(s));
        int n = 0;
        while (t.find()) {
            if (WORD.matcher(t.group()).find()) {
                n++;
            }
        }
        return n;
    }

    static Answers.Found lastPhrase(String text) {
        Matcher m = Answers.PHRASE.matcher(text);
        Answers.Found last = null;
        List<Spans.Range> prot = Spans.of(text);
        while (m.find()) {
            if (Spans.inside(prot, m.start())) {
                continue;
            }
            int end = Answers.contentEnd(text, m.end(), prot);
            String content = text.substring(m.end(), end).strip();
            if (!content.isEmpty()) {
                last = new Answers.Found(Answers.Kind.PHRASE, content, m.start(), end);
            }
        }
        return last;
    }

    static Answers.Found lastNumber(String text) {
        Matcher m = NUMBER.matcher(Answers.blankMarkers(text));
        Answers.Found last = null;
        while (m.find()) {
            last = new Answers.Found(Answers.Kind.NUMBER, m.group(), m.start(), m.end());
        }
        return last;
    }

    static int hedges(String s) {
        int n = 0;
        String rest = s;
        for (Pattern p : CertaintyToneRule.PATTERNS) {
            Matcher m = p.matcher(rest);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                n++;
                m.appendReplacement(sb, Matcher.quoteReplacement(" ".repeat(m.group().length())));
            }
            m.appendTail(sb);
            rest = sb.toString();
        }
        return n;
    }

    static boolean isStatement(String s, Answers.Found finalAnswer) {
        if (Outline.LEAD.matcher(s.strip()).find()) {
            return true;
        }
        if (finalAnswer.kind() != Answers.Kind.BOXED && finalAnswer.kind() != Answers.Kind.PHRASE) {
            return false;
        }
        Answers.Found mine = Answers.find(s);
        return (mine.kind() == Answers.Kind.BOXED || mine.kind() == Answers.Kind.PHRASE)
                && mine.normalized().equals(finalAnswer.normalized());
    }

    static int contractions(String text) {
        return (int) ContractionsRule.CONTRACTION.matcher(Outline.of(text).editableText()).results().count();
    }

    static String contract(String s, String apostrophe) {
        String out = s;
        for (int i = 0; i < ContractionsRule.CONTRACT.length; i++) {
            String[] c = ContractionsRule.CONTRACT[i];
            Matcher m = ContractionsRule.CONTRACT_PATTERNS[i].matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String rep = c[1];
                for (int g = 1; g <= m.groupCount(); g++) {
                    rep = rep.replace("$" + g, m.group(g));
                }
                rep = Words.matchCase(m.group(), rep).replace("'", apostrophe);
                if (m.group().startsWith("I ")) {
                    rep = "I" + rep.substring(1);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(rep));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    static String expand(String s) {
        String out = s;
        for (int i = 0; i < ContractionsRule.EXPAND.length; i++) {
            String[] e = ContractionsRule.EXPAND[i];
            Matcher m = ContractionsRule.EXPAND_PATTERNS[i].matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String rep = e[1];
                for (int g = 1; g <= m.groupCount(); g++) {
                    rep = rep.replace("$" + g, m.group(g));
                }
                if (!rep.startsWith(m.group().substring(0, 1)) && Character.isUpperCase(m.group().charAt(0))) {
                    rep = Words.capitalize(rep);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(rep));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }
}
