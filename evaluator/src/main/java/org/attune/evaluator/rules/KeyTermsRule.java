package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        return new LinkedHashSet<>(JargonRule.TERMS.find(sb.toString()));
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
            defined.addAll(JargonRule.TERMS.find(o.doc.blocks.get(i).body));
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
