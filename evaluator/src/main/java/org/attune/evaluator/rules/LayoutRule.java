package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * layout: "prose" has no list items; "bullets" puts the explanation in a bulleted list (at most one
 * sentence of it outside, e.g. an intro); "numbered-steps" does the same with numbered steps. Answer
 * statements, the recap, the key-terms line and the greeting may stand outside the list.
 */
final class LayoutRule extends RuleBase {
    LayoutRule() {
        super("layout", "prose", "bullets", "numbered-steps");
    }

    @Override
    String contrary(String value) {
        return value.equals("prose") ? "bullets" : "prose";
    }

    /** Counts for the checker: top-level bullets and numbers, items, explanation sentences by place. */
    record Shape(int bullets, int numbered, int items, int paraSents, int bulletSents, int numberedSents) {
        static Shape of(Outline o) {
            int bullets = 0;
            int numbered = 0;
            int items = 0;
            for (Doc.Block b : o.doc.blocks) {
                if (b.isItem()) {
                    items++;
                    if (b.indent.isEmpty()) {
                        if (b.numbered()) {
                            numbered++;
                        } else {
                            bullets++;
                        }
                    }
                }
            }
            int para = 0;
            int inBullets = 0;
            int inNumbered = 0;
            for (Outline.Sent s : o.sents) {
                if (!s.body()) {
                    continue;
                }
                Doc.Block b = o.doc.blocks.get(s.block());
                if (b.kind == Doc.Kind.PARAGRAPH) {
                    para++;
                } else if (b.isItem()) {
                    if (topOf(o.doc, s.block()).numbered()) {
                        inNumbered++;
                    } else {
                        inBullets++;
                    }
                }
            }
            return new Shape(bullets, numbered, items, para, inBullets, inNumbered);
        }
    }

    /** The top-level item a (possibly nested) item belongs to. */
    static Doc.Block topOf(Doc doc, int i) {
        for (int k = i; k >= 0; k--) {
            Doc.Block b = doc.blocks.get(k);
            if (!b.isItem()) {
                break;
            }
            if (b.indent.isEmpty()) {
                return b;
            }
        }
        return doc.blocks.get(i);
    }

    @Override
    double score(String text, String value) {
        Shape s = Shape.of(Outline.of(text));
        int total = s.paraSents + s.bulletSents + s.numberedSents;
        switch (value) {
            case "prose":
                if (s.items == 0) {
                    return 1;
                }
                return s.paraSents / (double) (s.paraSents + s.items);
            case "bullets":
                return listScore(s.numbered, s.bullets, s.bulletSents, s.paraSents, total);
            default:
                return listScore(s.bullets, s.numbered, s.numberedSents, s.paraSents, total);
        }
    }

    private static double listScore(int wrongItems, int rightItems, int rightSents, int paraSents, int total) {
        boolean ok = wrongItems == 0 && (paraSents == 0 || paraSents <= 1 && rightItems >= 2);
        if (ok) {
            return 1;
        }
        if (total == 0) {
            return wrongItems == 0 ? 1 : 0;
        }
        double share = rightSents / (double) total;
        return Math.min(0.99, wrongItems > 0 ? share * 0.5 : share);
    }

    @Override
    String rewrite(String text, String value) {
        if (value.equals("prose")) {
            return toProse(text);
        }
        return toList(text, value.equals("numbered-steps"));
    }

    private static String toProse(String text) {
        Doc doc = Doc.parse(text);
        List<Doc.Block> out = new ArrayList<>();
        Doc.Block current = null;
        for (Doc.Block b : doc.blocks) {
            if (b.isItem()) {
                String sentence = Edits.terminate(b.body.replaceAll("\\s*\\n\\s*", " ").strip());
                if (current == null) {
                    current = Doc.Block.paragraph(b.before, sentence);
                    out.add(current);
                } else {
                    current.body = current.body + " " + sentence;
                }
            } else {
                current = null;
                out.add(b);
            }
        }
        doc.blocks.clear();
        doc.blocks.addAll(out);
        return doc.render();
    }

    private static String toList(String text, boolean numbered) {
        Outline o = Outline.of(text);
        Doc doc = o.doc;
        String sep = doc.paragraphSep();
        List<Doc.Block> out = new ArrayList<>();
        for (int b = 0; b < doc.blocks.size(); b++) {
            Doc.Block blk = doc.blocks.get(b);
            if (blk.isItem()) {
                if (blk.indent.isEmpty() && blk.numbered() != numbered) {
                    blk.marker = numbered ? "1. " : "- ";
                }
                out.add(blk);
                continue;
            }
            if (blk.kind != Doc.Kind.PARAGRAPH || !hasBody(o, b) || isIntro(o, b)) {
                out.add(blk);
                continue;
            }
            List<String> items = new ArrayList<>();
            Para p = o.paras[b];
            String before = blk.before;
            for (Outline.Sent s : o.sents) {
                if (s.block() != b) {
                    continue;
                }
                String t = p.sents.get(s.index());
                if (s.role() == Outline.Role.GREETING && items.isEmpty()) {
                    out.add(Doc.Block.paragraph(before, t));
                    before = sep;
                } else if (s.minor() && !items.isEmpty()) {
                    items.set(items.size() - 1, items.get(items.size() - 1) + " " + t);
                } else {
                    items.add(t);
                }
            }
            mergeLeadingAsides(items);
            for (int k = 0; k < items.size(); k++) {
                String marker = numbered ? "1. " : "- ";
                String body = items.get(k).replace("\n", "\n" + " ".repeat(marker.length()));
                out.add(new Doc.Block(Doc.Kind.ITEM, k == 0 ? before : "\n", "", marker, body));
            }
        }
        // a paragraph right after a list needs a blank line to stay a paragraph
        for (int k = 1; k < out.size(); k++) {
            Doc.Block prev = out.get(k - 1);
            Doc.Block cur = out.get(k);
            if (prev.isItem() && !cur.isItem() && !cur.before.contains("\n\n")) {
                cur.before = sep.equals("\n") ? "\n\n" : sep;
            }
            if (!prev.isItem() && cur.isItem() && k > 0 && cur.before.isEmpty()) {
                cur.before = "\n";
            }
        }
        doc.blocks.clear();
        doc.blocks.addAll(out);
        doc.renumber();
        return numbered ? keepFinalNumberLast(doc.render()) : doc.render();
    }

    /** Glues a minor opening aside ("Sure.") to the sentence after it. */
    private static void mergeLeadingAsides(List<String> items) {
        if (items.size() >= 2 && Words.count(items.get(0)) < 4) {
            items.set(1, items.get(0) + " " + items.get(1));
            items.remove(0);
        }
    }

    /** A one-sentence paragraph ending in a colon that introduces a list ("Here is the plan:"). */
    private static boolean isIntro(Outline o, int b) {
        Para p = o.paras[b];
        return p != null && p.size() == 1 && p.sents.get(0).stripTrailing().endsWith(":")
                && b + 1 < o.doc.blocks.size() && o.doc.blocks.get(b + 1).isItem();
    }

    private static boolean hasBody(Outline o, int b) {
        for (Outline.Sent s : o.sents) {
            if (s.block() == b && s.body()) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a numbered list, folds steps that follow the one holding the final number (and have no
     * digits) into that step, so no step number comes after the final number.
     */
    static String keepFinalNumberLast(String text) {
        Answers.Found f = Answers.find(text);
        if (f.kind() != Answers.Kind.NUMBER) {
            return text;
        }
        Outline o = Outline.of(text);
        Outline.Sent holder = o.at(f.start());
        if (holder == null || !o.doc.blocks.get(holder.block()).numbered()) {
            return text;
        }
        Doc doc = o.doc;
        int h = holder.block();
        while (h + 1 < doc.blocks.size() && doc.blocks.get(h + 1).numbered()
                && !doc.blocks.get(h + 1).body.matches("(?s).*\\d.*")) {
            Doc.Block next = doc.blocks.get(h + 1);
            doc.blocks.get(h).body = doc.blocks.get(h).body.stripTrailing() + " " + next.body.strip();
            doc.remove(h + 1);
        }
        doc.renumber();
        return doc.render();
    }
}
