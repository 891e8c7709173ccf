package org.attune.evaluator.rules;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small rewrites several rules share. */
final class Edits {
    private static final Pattern LEADING_LINK = Pattern.compile(
            "^(?:and|so|then|thus|hence|therefore|but|which means|this means|that means|finally|overall),?\\s+",
            Pattern.CASE_INSENSITIVE);

    private Edits() {
    }

    /**
     * Adds "clause" (", and ...") to the end of the first explanation sentence, or when there is none
     * adds the sentence form after the opening sentence.
     */
    static String addClause(String text, String clause, String sentence) {
        Outline o = Outline.of(text);
        for (Outline.Sent s : o.sents) {
            String t = s.text().stripTrailing();
            if (s.body() && o.paras[s.block()] != null && !t.endsWith("?") && !t.endsWith(":")
) {
                o.paras[s.block()].sents.set(s.index(), beforeEnd(s.text(), clause));
                return o.render();
            }
        }
        return insertAfterFirst(text, sentence);
    }

    private static final Pattern CONNECTOR = Pattern.compile(
            "^(?:so|therefore|thus|hence|and so|and)(?:,\\s*|\\s+)", Pattern.CASE_INSENSITIVE);

    /**
     * Puts opener (e.g. "As you can see, ") in front of the last explanation sentence, in place of a
     * "So"/"Therefore" it starts with; only when that sentence starts with such a connector or
     * always is true. Returns null when there is no such sentence.
     */
    static String prefixConclusion(String text, String opener, boolean always) {
        return prefixConclusion(text, opener, always, null);
    }

    /** As above; a sentence that starts with a verb (an instruction) gets imperativeOpener instead. */
    static String prefixConclusion(String text, String opener, boolean always, String imperativeOpener) {
        Outline o = Outline.of(text);
        for (int i = o.sents.size() - 1; i >= 0; i--) {
            Outline.Sent s = o.sents.get(i);
            String t = s.text().stripTrailing();
            if (!s.body() || o.paras[s.block()] == null || t.endsWith("?") || t.endsWith(":")) {
                continue;
            }
            Matcher c = CONNECTOR.matcher(s.text());
            boolean connected = c.find();
            if (!connected && !always) {
                return null;
            }
            String rest = connected ? s.text().substring(c.end()) : s.text();
            String firstWord = rest.strip().split("[\\s,]+", 2)[0].toLowerCase();
            String open = imperativeOpener != null && AddressRule.isVerb(firstWord) ? imperativeOpener : opener;
            o.paras[s.block()].sents.set(s.index(), open + Words.decapitalize(rest, text));
            return o.render();
        }
        return null;
    }

    private static final Pattern END = Pattern.compile(
            "([.!?]*)((?:\\s*[\"'”’)*_]|\\s*[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}\\x{200D}])*)$");

    /** s with text put before its final punctuation (and any closing quotes, markup or emoji). */
    static String beforeEnd(String s, String text) {
        String t = s.stripTrailing();
        Matcher m = END.matcher(t);
        if (m.find()) {
            String core = t.substring(0, m.start()).replaceAll("[,;:]+$", "");
            String punct = m.group(1).isEmpty() ? "." : m.group(1);
            return core + text + punct + m.group(2);
        }
        return t + text + ".";
    }

    /** The end of s: final punctuation with any closing quotes, markup or emoji after it. */
    static String ending(String s) {
        Matcher m = END.matcher(s.stripTrailing());
        return m.find() ? m.group() : "";
    }

    /** Adds a sentence right after the first content sentence (or as a paragraph when there is none). */
    static String insertAfterFirst(String text, String sentence) {
        Outline o = Outline.of(text);
        Outline.Sent f = o.firstSubstantial();
        if (f != null && o.paras[f.block()] != null && terminated(f.text())) {
            o.paras[f.block()].insert(f.index() + 1, sentence);
            return o.render();
        }
        Doc doc = o.doc;
        int at = f == null ? doc.blocks.size() : f.block() + 1;
        doc.insert(at, Doc.Block.paragraph("", sentence), doc.paragraphSep());
        return doc.render();
    }

    /** Applies f to the editable stretches of every sentence (and heading) whose role passes. */
    static String mapText(String text, Predicate<Outline.Sent> which, boolean headings, UnaryOperator<String> f) {
        Outline o = Outline.of(text);
        for (Outline.Sent s : o.sents) {
            Para p = o.paras[s.block()];
            if (p != null && which.test(s)) {
                String out = s.mapEditable(f);
                p.sents.set(s.index(), out);
            }
        }
        if (headings) {
            for (Doc.Block b : o.doc.blocks) {
                if (b.kind == Doc.Kind.HEADING) {
                    b.body = Spans.mapOutside(b.body, Spans.of(b.body), f);
                }
            }
        }
        return o.render();
    }

    /** Sentences other than the key-terms line. */
    static boolean notGlossary(Outline.Sent s) {
        return s.role() != Outline.Role.GLOSSARY;
    }

    /** The clause of sentence s around offset k (commas and semicolons split clauses), tidied. */
    static String clauseAround(String s, int k) {
        String m = Spans.masked(s);
        int a = k;
        while (a > 0 && ",;:".indexOf(m.charAt(a - 1)) < 0) {
            a--;
        }
        int b = k;
        while (b < m.length() && ",;".indexOf(m.charAt(b)) < 0) {
            b++;
        }
        String clause = tidyClause(s.substring(a, b));
        if (Words.count(clause) < 3) {
            clause = tidyClause(s);
        }
        return clause;
    }

    /** A clause without leading links ("so", "and then") or end punctuation and emoji. */
    static String tidyClause(String c) {
        String t = Emoji.strip(c).strip();
        Matcher lead = LEADING_LINK.matcher(t);
        while (lead.find()) {
            t = t.substring(lead.end());
            lead = LEADING_LINK.matcher(t);
        }
        t = t.replaceAll("[\\s.!?,;:]+$", "");
        return t;
    }

    /** Whether a sentence ends with a terminal mark (before any closing quotes, markup or emoji). */
    static boolean terminated(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (Emoji.isEmoji(cp) || Emoji.isGlue(cp) || Character.isWhitespace(cp) || "\"'”’)]*_".indexOf(cp) >= 0) {
                end -= Character.charCount(cp);
            } else {
                break;
            }
        }
        return end > 0 && ".!?:".indexOf(s.charAt(end - 1)) >= 0;
    }

    /** Ends a sentence with a period unless it already ends with a terminal mark. */
    static String terminate(String s) {
        String t = s.stripTrailing();
        if (t.isEmpty()) {
            return t;
        }
        String core = t.replaceAll("[\"'”’)\\]*_\\s]+$", "");
        if (core.endsWith(".") || core.endsWith("!") || core.endsWith("?") || core.endsWith(":")) {
            return t;
        }
        return t + ".";
    }

    /** Whether two texts extract the same final answer. */
    static boolean sameAnswer(String a, String b) {
        Answers.Found x = Answers.find(a);
        Answers.Found y = Answers.find(b);
        return x.kind() == y.kind() && x.normalized().equals(y.normalized());
    }
}
