package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * paragraph-size over prose paragraphs that carry the explanation: "short" keeps each to at most
 * three sentences; "long" never leaves two such paragraphs side by side unless both have four or
 * more sentences (short asides are not counted).
 */
final class ParagraphSizeRule extends RuleBase {
    static final int MAX_SHORT = 3;
    static final int MIN_LONG = 4;

    ParagraphSizeRule() {
        super("paragraph-size", "short", "long");
    }

    @Override
    String contrary(String value) {
        return value.equals("short") ? "long" : "short";
    }

    /** Sentence counts of the counted paragraphs, by block index (-1 for other blocks). */
    static int[] sizes(Outline o) {
        int[] size = new int[o.doc.blocks.size()];
        boolean[] counted = new boolean[size.length];
        for (Outline.Sent s : o.sents) {
            Doc.Block b = o.doc.blocks.get(s.block());
            if (b.kind != Doc.Kind.PARAGRAPH) {
                continue;
            }
            if (s.body()) {
                counted[s.block()] = true;
            }
            if (!s.minor() && s.role() != Outline.Role.GREETING) {
                size[s.block()]++;
            }
        }
        for (int i = 0; i < size.length; i++) {
            if (!counted[i]) {
                size[i] = -1;
            }
        }
        return size;
    }

    @Override
    double score(String text, String value) {
        int[] size = sizes(Outline.of(text));
        if (value.equals("short")) {
            int n = 0;
            int ok = 0;
            for (int s : size) {
                if (s >= 0) {
                    n++;
                    if (s <= MAX_SHORT) {
                        ok++;
                    }
                }
            }
            return n == 0 ? 1 : ok / (double) n;
        }
        int pairs = 0;
        int bad = 0;
        for (int i = 0; i + 1 < size.length; i++) {
            if (size[i] >= 0 && size[i + 1] >= 0) {
                pairs++;
                if (size[i] < MIN_LONG || size[i + 1] < MIN_LONG) {
                    bad++;
                }
            }
        }
        return pairs == 0 ? 1 : 1.0 - bad / (double) pairs;
    }

    @Override
    String rewrite(String text, String value) {
        return value.equals("short") ? split(text) : merge(text);
    }

    /** Splits each long counted paragraph into balanced chunks of at most three sentences. */
    static String split(String text) {
        Outline o = Outline.of(text);
        int[] size = sizes(o);
        Doc doc = o.doc;
        for (int b = size.length - 1; b >= 0; b--) {
            if (size[b] <= MAX_SHORT) {
                continue;
            }
            Para p = o.paras[b];
            List<List<String>> groups = new ArrayList<>();
            List<String> current = new ArrayList<>();
            int chunks = (size[b] + MAX_SHORT - 1) / MAX_SHORT;
            int per = (size[b] + chunks - 1) / chunks;
            int counted = 0;
            for (int i = 0; i < p.size(); i++) {
                String s = p.sents.get(i);
                boolean full = Words.count(s) >= 4;
                if (full && counted == per) {
                    groups.add(current);
                    current = new ArrayList<>();
                    counted = 0;
                }
                current.add(s);
                if (full) {
                    counted++;
                }
            }
            groups.add(current);
            Doc.Block blk = doc.blocks.get(b);
            blk.body = Para.ofSentences(groups.get(0)).render();
            for (int g = groups.size() - 1; g >= 1; g--) {
                doc.blocks.add(b + 1, Doc.Block.paragraph("\n\n", Para.ofSentences(groups.get(g)).render()));
            }
        }
        return doc.render();
    }

    /** Merges every run of side-by-side counted paragraphs into one paragraph. */
    static String merge(String text) {
        Outline o = Outline.of(text);
        int[] size = sizes(o);
        Doc doc = o.doc;
        for (int b = size.length - 2; b >= 0; b--) {
            if (size[b] >= 0 && size[b + 1] >= 0) {
                Doc.Block x = doc.blocks.get(b);
                Doc.Block y = doc.blocks.get(b + 1);
                x.body = x.body.stripTrailing() + " " + y.body.strip();
                doc.remove(b + 1);
            }
        }
        return doc.render();
    }
}
