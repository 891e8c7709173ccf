package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Pads a response up to a word budget with neutral walk-through sentences, in the response's own
 * layout (paragraphs, bullets or numbered steps) and sentence style, just before the first statement
 * of the answer (or the closing sentence), so the answer stays where it was.
 */
final class BudgetPad {
    private BudgetPad() {
    }

    /** Neutral walk-through sentences: no digits, hedges, "you", contractions, terms or emphasis. */
    static final String[] PADDING = {
        "To work through this carefully, it helps to restate exactly what the question asks for.",
        "The next step is to list every piece of information the question provides.",
        "Each of those details plays a part, so none of them should be skipped.",
        "With the facts laid out, the reasoning can move forward one step at a time.",
        "Every step should follow directly from the one before it.",
        "Keeping the steps small makes each one easy to check on its own.",
        "It is also worth asking whether a hidden assumption has crept into the reasoning.",
        "A quick look back over the whole chain of reasoning helps catch slips early.",
        "Signs, units and small details are the places where errors usually creep in.",
        "Once every piece fits together, the conclusion rests on solid ground.",
        "The same approach works well for similar questions in the future.",
        "Checking the final figure against the original question confirms that it makes sense.",
        "When something looks off at this stage, the best move is to retrace the earlier steps.",
        "Writing each step out in full keeps the reasoning clear and easy to follow.",
        "This careful pass through the details is what makes the conclusion trustworthy.",
        "Taken together, these steps give a complete picture of how the result comes about.",
        "Each part of the question gets its own short check along the way.",
        "Nothing in the reasoning rests on a guess, so every claim can be traced back.",
    };

    static String pad(String text, BudgetKeep keep) {
        int need = WordBudgetRule.THOROUGH + 4 - WordBudgetRule.words(text);
        boolean longStyle = keep.longSentences() != null ? keep.longSentences()
                : new SentenceLengthRule().degree(text, "long") >= 1
                && !SentenceLengthRule.lengths(Outline.of(text)).isEmpty()
                && new SentenceLengthRule().degree(text, "short") < 1;
        List<String> padding = new ArrayList<>();
        int got = 0;
        int k = 0;
        while (got < need) {
            String s = PADDING[k % PADDING.length];
            if (longStyle) {
                s = SentenceJoins.join(s, PADDING[(k + 1) % PADDING.length]);
                k++;
            }
            k++;
            padding.add(s);
            got += Words.count(s);
        }
        Outline o = Outline.of(text);
        LayoutRule layout = new LayoutRule();
        LayoutRule.Shape shape = LayoutRule.Shape.of(o);
        String mode = keep.layout() != null ? keep.layout() : "prose";
        if (keep.layout() == null && shape.items() > 0 && shape.paraSents() <= 1) {
            mode = shape.numbered() > 0 && shape.bullets() == 0 ? "numbered-steps"
                    : shape.bullets() > 0 && shape.numbered() == 0 ? "bullets" : "prose";
            if (!mode.equals("prose") && layout.degree(text, mode) < 1) {
                mode = "prose";
            }
        }
        ParagraphSizeRule paragraphs = new ParagraphSizeRule();
        boolean merged = keep.paragraphs() != null ? keep.paragraphs().equals("long")
                : paragraphs.degree(text, "long") >= 1 && paragraphs.degree(text, "short") < 1;
        String out = mode.equals("prose") ? insertProse(o, padding) : insertItems(o, padding, mode.equals("numbered-steps"));
        if (merged) {
            out = ParagraphSizeRule.merge(out);
        }
        return out;
    }

    /** Index in o.sents before which padding goes: the first answer statement after the opening. */
    private static int insertionPoint(Outline o) {
        List<Outline.Sent> ss = o.sents;
        int start = 0;
        while (start < ss.size() && ss.get(start).role() == Outline.Role.GREETING) {
            start++;
        }
        int last = -1;
        for (int i = start + 1; i < ss.size(); i++) {
            Outline.Role r = ss.get(i).role();
            if (r == Outline.Role.STATEMENT || r == Outline.Role.RECAP || r == Outline.Role.GLOSSARY) {
                return i;
            }
            if (ss.get(i).body()) {
                last = i;
            }
        }
        // no statement of the answer: keep the closing sentence last
        return last > start ? last : ss.size();
    }

    private static String insertProse(Outline o, List<String> padding) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < padding.size(); i += ParagraphSizeRule.MAX_SHORT) {
            chunks.add(padding.subList(i, Math.min(padding.size(), i + ParagraphSizeRule.MAX_SHORT)));
        }
        int at = insertionPoint(o);
        Doc doc = o.doc;
        int blockAt;
        if (at >= o.sents.size()) {
            blockAt = doc.blocks.size();
            while (blockAt > 0 && trailingNonText(doc.blocks.get(blockAt - 1))) {
                blockAt--;
            }
        } else {
            Outline.Sent t = o.sents.get(at);
            Para p = o.paras[t.block()];
            if (p != null && t.index() > 0) {
                // split the paragraph so the padding sits just before the statement
                Doc.Block blk = doc.blocks.get(t.block());
                List<String> tail = new ArrayList<>(p.sents.subList(t.index(), p.size()));
                while (p.size() > t.index()) {
                    p.remove(p.size() - 1);
                }
                o.render();
                Doc.Block rest = blk.copy();
                rest.kind = blk.kind;
                rest.body = Para.ofSentences(tail).render();
                if (blk.isItem()) {
                    rest.kind = Doc.Kind.PARAGRAPH;
                    rest.indent = "";
                    rest.marker = "";
                }
                doc.blocks.add(t.block() + 1, rest);
                rest.before = "\n\n";
                blockAt = t.block() + 1;
            } else {
                o.render();
                blockAt = t.block();
                // padding belongs to the section before, not under the heading of this one
                while (blockAt > 1 && doc.blocks.get(blockAt - 1).kind == Doc.Kind.HEADING) {
                    blockAt--;
                }
            }
        }
        for (int c = chunks.size() - 1; c >= 0; c--) {
            doc.insert(blockAt, Doc.Block.paragraph("", Para.ofSentences(chunks.get(c)).render()), "\n\n");
        }
        return doc.render();
    }

    private static boolean trailingNonText(Doc.Block b) {
        return b.kind == Doc.Kind.RULE;
    }

    private static String insertItems(Outline o, List<String> padding, boolean numbered) {
        int at = insertionPoint(o);
        Doc doc = o.doc;
        int blockAt = -1;
        if (at < o.sents.size()) {
            Outline.Sent t = o.sents.get(at);
            if (doc.blocks.get(t.block()).isItem() && t.index() == 0) {
                blockAt = t.block();
            }
        }
        if (blockAt < 0) {
            int limit = at < o.sents.size() ? o.sents.get(at).block() : doc.blocks.size();
            for (int b = Math.min(limit, doc.blocks.size()) - 1; b >= 0; b--) {
                if (doc.blocks.get(b).isTopItem()) {
                    blockAt = b + 1;
                    while (blockAt < doc.blocks.size() && doc.blocks.get(blockAt).isItem()
                            && !doc.blocks.get(blockAt).indent.isEmpty()) {
                        blockAt++;
                    }
                    break;
                }
            }
        }
        if (blockAt < 0) {
            return insertProse(o, padding);
        }
        for (int k = padding.size() - 1; k >= 0; k--) {
            Doc.Block item = new Doc.Block(Doc.Kind.ITEM, "\n", "", numbered ? "1. " : "- ", padding.get(k));
            if (blockAt < doc.blocks.size() && doc.blocks.get(blockAt).isItem()) {
                item.before = doc.blocks.get(blockAt).before;
                doc.blocks.get(blockAt).before = "\n";
            }
            doc.blocks.add(blockAt, item);
        }
        doc.renumber();
        String out = doc.render();
        return numbered ? LayoutRule.keepFinalNumberLast(out) : out;
    }
}
