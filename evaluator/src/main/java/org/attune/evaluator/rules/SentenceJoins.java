package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes sentences longer for the "long" sentence style: joins neighbours ("A, and b."), first within
 * a block, then across prose paragraphs and list items, and only then adds neutral clauses.
 */
final class SentenceJoins {
    /** Neutral clauses for sentences that have no neighbour to join. */
    static final String[] FILLERS = {
        ", and this step matters for everything that follows",
        ", which keeps the reasoning clear and easy to follow",
        ", so the rest of the reasoning builds directly on this point",
        ", and the same idea carries through to the end",
        ", which is worth keeping in mind for the next part",
    };

    private SentenceJoins() {
    }

    static String lengthen(String text) {
        return fill(joinOnly(text));
    }

    /** Joins sentences (within blocks, then across prose paragraphs and list items) towards the long length. */
    static String joinOnly(String text) {
        String joined = joinWithin(text);
        joined = joinParagraphs(joined);
        return joinItems(joined);
    }

    /** Joins the shortest counted sentence to a neighbour in its block until the average reaches the long length. */
    static String joinShortest(String text) {
        String out = text;
        for (int round = 0; round < 20; round++) {
            Outline o = Outline.of(out);
            if (SentenceLengthRule.mean(SentenceLengthRule.lengths(o)) >= SentenceLengthRule.LONG) {
                return out;
            }
            Outline.Sent pick = null;
            for (Outline.Sent s : o.sents) {
                Para p = o.paras[s.block()];
                if (!SentenceLengthRule.counted(o, s) || p == null || p.size() < 2) {
                    continue;
                }
                if (pick == null || Words.count(s.text()) < Words.count(pick.text())) {
                    pick = s;
                }
            }
            if (pick == null) {
                return out;
            }
            Para p = o.paras[pick.block()];
            int i = pick.index() > 0 ? pick.index() - 1 : 0;
            if (!joinable(p.sents.get(i))) {
                return out;
            }
            p.join(i, join(p.sents.get(i), p.sents.get(i + 1)));
            out = o.render();
        }
        return out;
    }

    /** Joins neighbouring sentences of a block until each reaches the long length. */
    private static String joinWithin(String text) {
        Outline o = Outline.of(text);
        for (int b = 0; b < o.paras.length; b++) {
            Para p = o.paras[b];
            if (p == null) {
                continue;
            }
            List<Outline.Sent> mine = new ArrayList<>();
            for (Outline.Sent s : o.sents) {
                if (s.block() == b) {
                    mine.add(s);
                }
            }
            boolean[] body = new boolean[p.size()];
            for (Outline.Sent s : mine) {
                body[s.index()] = SentenceLengthRule.counted(o, s);
            }
            List<Boolean> flags = new ArrayList<>();
            for (boolean x : body) {
                flags.add(x);
            }
            int i = 0;
            while (i < p.size() - 1) {
                String a = p.sents.get(i);
                String c = p.sents.get(i + 1);
                boolean shortPair = Words.count(a) < SentenceLengthRule.LONG;
                if (flags.get(i) && flags.get(i + 1) && shortPair && joinable(a) && !p.gaps.get(i).contains("\n\n")) {
                    p.join(i, join(a, c));
                    flags.remove(i + 1);
                } else {
                    i++;
                }
            }
        }
        return o.render();
    }

    private static boolean joinable(String a) {
        String t = a.stripTrailing();
        return !t.endsWith("?") && !t.endsWith(":");
    }

    /** "A." + "B." -> "A, and b." (keeping an exclamation mark, and "so"/"but" openers). */
    static String join(String a, String b) {
        String endA = Edits.ending(a);
        String endB = Edits.ending(b);
        String end = endA.contains("!") || endB.contains("!") ? "!" : "";
        String tailA = endA.replaceAll("^[.!?]+", "");
        String left = a.stripTrailing().substring(0, a.stripTrailing().length() - endA.length()).replaceAll("[.!;,]+$", "");
        if (!tailA.isBlank() && !tailA.strip().matches("[\"'”’)*_]+")) {
            // an emoji after the first sentence moves to the end of the joined one
            b = b.stripTrailing() + tailA;
        } else {
            left = left + tailA;
        }
        String right = b.strip();
        if (!end.isEmpty()) {
            right = right.replaceFirst("!+(?=[^!]*$)", ".");
        }
        String lower = right.toLowerCase();
        String link = lower.matches("^(and|but|so|then|or|yet|which|because)\\b.*") ? ", " : ", and ";
        String out = left + link + Words.decapitalize(right, a + " " + b);
        if (!end.isEmpty()) {
            String e = Edits.ending(out);
            String core = out.substring(0, out.length() - e.length());
            out = core + "!" + e.replaceAll("^[.!?]+", "");
        }
        return out;
    }

    /** Merges neighbouring prose paragraphs so that short one-sentence paragraphs can be joined. */
    private static String joinParagraphs(String text) {
        return mergeBlocks(text, (o, b) -> isProse(o, b) && isProse(o, b + 1));
    }

    /** Merges neighbouring items of one list when one of them is short, so their sentences can be joined. */
    private static String joinItems(String text) {
        return mergeBlocks(text, (o, b) -> {
            Doc.Block x = o.doc.blocks.get(b);
            Doc.Block y = o.doc.blocks.get(b + 1);
            return x.isTopItem() && y.isTopItem() && x.numbered() == y.numbered() && listSize(o.doc, b) > 2
                    && o.blockAll(b, Outline.Sent::ordinary) && o.blockAll(b + 1, Outline.Sent::ordinary)
                    && (Words.count(x.body) < SentenceLengthRule.LONG || Words.count(y.body) < SentenceLengthRule.LONG);
        });
    }

    /** How many top-level items the list holding block b has (a list keeps at least two). */
    private static int listSize(Doc doc, int b) {
        int from = b;
        while (from > 0 && doc.blocks.get(from - 1).isItem()) {
            from--;
        }
        int n = 0;
        for (int k = from; k < doc.blocks.size() && doc.blocks.get(k).isItem(); k++) {
            if (doc.blocks.get(k).isTopItem()) {
                n++;
            }
        }
        return n;
    }

    /** While the average is short, merges block b + 1 into block b wherever mergeable(o, b) holds. */
    private static String mergeBlocks(String text, java.util.function.BiPredicate<Outline, Integer> mergeable) {
        Outline o = Outline.of(text);
        if (SentenceLengthRule.mean(SentenceLengthRule.lengths(o)) >= SentenceLengthRule.LONG) {
            return text;
        }
        Doc doc = o.doc;
        boolean merged = false;
        for (int b = doc.blocks.size() - 2; b >= 0; b--) {
            if (mergeable.test(o, b) && !last(o, b).endsWith("?") && !last(o, b).endsWith(":")) {
                Doc.Block x = doc.blocks.get(b);
                x.body = x.body.stripTrailing() + " " + doc.blocks.get(b + 1).body.strip();
                doc.remove(b + 1);
                merged = true;
            }
        }
        if (!merged) {
            return text;
        }
        doc.renumber();
        return joinWithin(doc.render());
    }

    private static String last(Outline o, int b) {
        Para p = o.paras[b];
        return p == null || p.isEmpty() ? "" : p.sents.get(p.size() - 1).stripTrailing();
    }

    /** A paragraph made of explanation sentences only. */
    private static boolean isProse(Outline o, int b) {
        return o.doc.blocks.get(b).kind == Doc.Kind.PARAGRAPH && o.blockAll(b, Outline.Sent::ordinary);
    }

    /** Adds neutral clauses to the shortest sentences until the average reaches the long length. */
    private static String fill(String text) {
        String out = text;
        for (int round = 0; round < 200; round++) {
            Outline o = Outline.of(out);
            List<Integer> ls = SentenceLengthRule.lengths(o);
            if (ls.isEmpty() || SentenceLengthRule.mean(ls) >= SentenceLengthRule.LONG) {
                return out;
            }
            Outline.Sent shortest = null;
            int min = Integer.MAX_VALUE;
            for (Outline.Sent s : o.sents) {
                if (SentenceLengthRule.counted(o, s) && o.paras[s.block()] != null) {
                    int n = Words.count(s.text()) + (s.text().stripTrailing().endsWith("?") ? 50 : 0);
                    if (n < min) {
                        min = n;
                        shortest = s;
                    }
                }
            }
            if (shortest == null) {
                return out;
            }
            o.paras[shortest.block()].sents.set(shortest.index(), extend(shortest.text(), round));
            out = o.render();
        }
        return out;
    }

    /** s with filler clause k put before its final punctuation (and any trailing emoji). */
    static String extend(String s, int k) {
        return Edits.beforeEnd(s, FILLERS[k % FILLERS.length]);
    }
}
