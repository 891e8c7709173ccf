package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * key-terms: "define" adds a "Key terms:" line glossing every technical term the response uses
 * (nothing is needed when it uses none); "skip" has no such line.
 */
final class KeyTermsRule extends RuleBase {
    KeyTermsRule() {
        super("key-terms", "define", "skip");
    }

    @Override
    String contrary(String value) {
        return value.equals("define") ? "skip" : "define";
    }

    /** Distinct lexicon terms used outside the key-terms line, in order of first use. */
    static Set<String> used(Outline o) {
        StringBuilder sb = new StringBuilder();
        for (Outline.Sent s : o.sents) {
            if (s.role() != Outline.Role.GLOSSARY) {
                sb.append(Spans.masked(s.text())).append('\n');
            }
        }
        for (Doc.Block b : o.doc.blocks) {
            if (b.kind == Doc.Kind.HEADING) {
                sb.append(Spans.masked(b.body)).append('\n');
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : JargonRule.TERMS.find(sb.toString())) {
            out.add(base(t));
        }
        return out;
    }

    /** The singular a plural term of the lexicon goes with (premises -> premise), else the term. */
    static String base(String term) {
        Map<String, String> t = JargonRule.TERMS.table();
        String[][] endings = {{"ies", "y"}, {"ices", "ex"}, {"ices", "ix"}, {"ses", "sis"}, {"i", "us"}, {"es", ""},
            {"s", ""}};
        for (String[] e : endings) {
            if (term.endsWith(e[0])) {
                String b = term.substring(0, term.length() - e[0].length()) + e[1];
                if (t.containsKey(b)) {
                    return b;
                }
            }
        }
        if (term.contains(" ")) {
            int sp = term.lastIndexOf(' ');
            String head = base(term.substring(sp + 1));
            String b = term.substring(0, sp + 1) + head;
            if (t.containsKey(b)) {
                return b;
            }
        }
        return term;
    }

    /** Rewrites an existing key-terms line so it glosses exactly the terms still in use. */
    static String refresh(String text) {
        if (glossaryBlocks(Doc.parse(text)).isEmpty()) {
            return text;
        }
        return new KeyTermsRule().rewrite(text, "define");
    }

    static List<Integer> glossaryBlocks(Doc doc) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < doc.blocks.size(); i++) {
            Doc.Block b = doc.blocks.get(i);
            if (b.kind == Doc.Kind.PARAGRAPH && Outline.GLOSSARY.matcher(b.body.strip()).find()) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    double score(String text, String value) {
        Outline o = Outline.of(text);
        List<Integer> gl = glossaryBlocks(o.doc);
        if (value.equals("skip")) {
            return gl.isEmpty() ? 1 : 0;
        }
        Set<String> used = used(o);
        if (used.isEmpty()) {
            return 1;
        }
        if (gl.isEmpty()) {
            return 0;
        }
        Set<String> defined = new LinkedHashSet<>();
        for (int i : gl) {
            for (String t : JargonRule.TERMS.find(o.doc.blocks.get(i).body)) {
                defined.add(base(t));
            }
        }
        long hit = used.stream().filter(defined::contains).count();
        return hit / (double) used.size();
    }

    @Override
    String rewrite(String text, String value) {
        Outline o = Outline.of(text);
        Set<String> used = used(o);
        Doc doc = o.doc;
        List<Integer> gl = glossaryBlocks(doc);
        for (int k = gl.size() - 1; k >= 0; k--) {
            doc.remove(gl.get(k));
        }
        if (value.equals("skip") || used.isEmpty()) {
            return doc.render();
        }
        List<String> parts = new ArrayList<>();
        for (String t : used) {
            parts.add(t + " (" + JargonRule.TERMS.table().get(t) + ")");
        }
        String line = "Key terms: " + String.join("; ", parts) + ".";
        int at = doc.blocks.size();
        Outline after = Outline.of(doc);
        int recap = after.recap();
        if (recap >= 0) {
            at = recap;
        }
        doc.insert(at, Doc.Block.paragraph("", line), doc.paragraphSep());
        return doc.render();
    }
}
