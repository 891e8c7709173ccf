package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * word-budget, counted in words outside headings: "brief" at most {@value #BRIEF}, "moderate" at most
 * {@value #MODERATE}, "thorough" at least {@value #THOROUGH}; the degree falls with the overshoot (or
 * the shortfall). Trimming drops whole sentences of the explanation, never the opening sentence, an
 * answer statement, the recap, the key-terms line or the first sentence carrying a style marker;
 * padding adds neutral walk-through sentences in the response's own layout and sentence style,
 * before the first statement of the answer.
 */
final class WordBudgetRule extends RuleBase {
    static final int BRIEF = 60;
    static final int MODERATE = 150;
    static final int THOROUGH = 160;
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

    WordBudgetRule() {
        super("word-budget", "brief", "moderate", "thorough");
    }

    @Override
    String contrary(String value) {
        return value.equals("thorough") ? "brief" : "thorough";
    }

    static int words(String text) {
        int n = 0;
        for (Doc.Block b : Doc.parse(text).blocks) {
            if (b.kind != Doc.Kind.HEADING && b.kind != Doc.Kind.RULE) {
                n += Words.count(b.body);
            }
        }
        return n;
    }

    @Override
    double score(String text, String value) {
        int n = words(text);
        return switch (value) {
            case "brief" -> n <= BRIEF ? 1 : 1.0 - (n - BRIEF) / (double) BRIEF;
            case "moderate" -> n <= MODERATE ? 1 : 1.0 - (n - MODERATE) / (double) MODERATE;
            default -> n >= THOROUGH ? 1 : n / (double) THOROUGH;
        };
    }

    @Override
    String rewrite(String text, String value) {
        return value.equals("thorough") ? pad(text) : trim(text, value.equals("brief") ? BRIEF : MODERATE);
    }

    // ------------------------------------------------------------------ trim

    private String trim(String text, int budget) {
        SentenceLengthRule lengths = new SentenceLengthRule();
        boolean keepLong = lengths.degree(text, "long") >= 1 && !SentenceLengthRule.lengths(Outline.of(text)).isEmpty();
        ParagraphSizeRule paragraphs = new ParagraphSizeRule();
        boolean keepMerged = paragraphs.degree(text, "long") >= 1;
        String out = text;
        while (words(out) > budget) {
            Outline o = Outline.of(out);
            Set<String> keep = protectedSentences(out, o);
            Outline.Sent drop = pick(o, keep, keepLong);
            if (drop == null) {
                int block = droppableBlock(out, o);
                if (block < 0) {
                    break;
                }
                o.doc.remove(block);
                out = o.doc.render();
                continue;
            }
            out = remove(o, drop);
        }
        out = dropEmptySections(out);
        if (keepMerged && paragraphs.degree(out, "long") < 1) {
            out = ParagraphSizeRule.merge(out);
        }
        return out;
    }

    /** Keys ("block:index") of sentences trimming must keep. */
    private static Set<String> protectedSentences(String text, Outline o) {
        Set<String> keep = new HashSet<>();
        Outline.Sent first = o.firstContent();
        if (first != null) {
            keep.add(key(first));
        }
        Answers.Found f = Answers.find(text);
        if (f.kind() != Answers.Kind.NONE) {
            Outline.Sent holder = o.at(f.start());
            if (holder != null) {
                keep.add(key(holder));
            }
        }
        String[] seen = new String[Marker.values().length];
        int items = 0;
        boolean afterHeading = true;
        int lastBlock = -1;
        for (Outline.Sent s : o.sents) {
            if (s.role() != Outline.Role.ORDINARY) {
                keep.add(key(s));
                continue;
            }
            for (Marker m : Marker.values()) {
                if (seen[m.ordinal()] == null && m.in(s.text())) {
                    seen[m.ordinal()] = key(s);
                    keep.add(key(s));
                }
            }
            Doc.Block b = o.doc.blocks.get(s.block());
            if (b.isTopItem() && s.index() == 0 && items < 2) {
                items++;
                keep.add(key(s));
            }
            for (int k = lastBlock + 1; k < s.block(); k++) {
                if (o.doc.blocks.get(k).kind == Doc.Kind.HEADING) {
                    afterHeading = true;
                }
            }
            if (afterHeading) {
                keep.add(key(s));
                afterHeading = false;
            }
            lastBlock = s.block();
        }
        return keep;
    }

    /** Style markers whose first carrier sentence is kept so that a satisfied style stays satisfied. */
    private enum Marker {
        CONTRACTION, YOU, HEDGE, EXCLAMATION, EMOJI, BOLD, TERM;

        boolean in(String s) {
            return switch (this) {
                case CONTRACTION -> ContractionsRule.CONTRACTION.matcher(s).find();
                case YOU -> AddressRule.YOU.matcher(s).find();
                case HEDGE -> CertaintyToneRule.count(s) > 0;
                case EXCLAMATION -> ExclamationRule.count(s) > 0;
                case EMOJI -> Emoji.count(s) > 0;
                case BOLD -> EmphasisRule.BOLD.matcher(s).find();
                case TERM -> !JargonRule.TERMS.find(Spans.masked(s)).isEmpty();
            };
        }
    }

    private static String key(Outline.Sent s) {
        return s.block() + ":" + s.index();
    }

    /** The next sentence to drop: the latest unprotected one (the shortest one when long sentences must stay long). */
    private static Outline.Sent pick(Outline o, Set<String> keep, boolean keepLong) {
        List<Outline.Sent> candidates = new ArrayList<>();
        for (Outline.Sent s : o.sents) {
            if (s.role() == Outline.Role.ORDINARY && !keep.contains(key(s)) && o.paras[s.block()] != null) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (!keepLong) {
            return candidates.get(candidates.size() - 1);
        }
        List<Integer> ls = SentenceLengthRule.lengths(o);
        double total = ls.stream().mapToInt(Integer::intValue).sum();
        Outline.Sent best = null;
        int bestLen = Integer.MAX_VALUE;
        for (Outline.Sent s : candidates) {
            int len = Words.count(s.text());
            boolean counted = s.body();
            double mean = counted && ls.size() > 1 ? (total - len) / (ls.size() - 1) : total / Math.max(1, ls.size());
            if (mean >= SentenceLengthRule.LONG && len < bestLen) {
                bestLen = len;
                best = s;
            }
        }
        return best;
    }

    /** A display-math, code, table or quote block that does not hold the answer, latest first. */
    private static int droppableBlock(String text, Outline o) {
        Answers.Found f = Answers.find(text);
        int offset = text.length();
        for (int b = o.doc.blocks.size() - 1; b >= 0; b--) {
            Doc.Block blk = o.doc.blocks.get(b);
            offset -= blk.render().length();
            boolean opaque = blk.kind == Doc.Kind.MATH || blk.kind == Doc.Kind.CODE || blk.kind == Doc.Kind.TABLE
                    || blk.kind == Doc.Kind.QUOTE;
            boolean holds = f.start() >= offset && f.start() < offset + blk.render().length();
            if (opaque && !holds) {
                return b;
            }
        }
        return -1;
    }

    private static String remove(Outline o, Outline.Sent s) {
        Para p = o.paras[s.block()];
        p.remove(s.index());
        if (p.isEmpty()) {
            o.paras[s.block()] = null;
            o.render();
            o.doc.remove(s.block());
            o.doc.renumber();
            return o.doc.render();
        }
        if (s.index() == 0) {
            p.sents.set(0, Words.capitalize(p.sents.get(0)));
        }
        String out = o.render();
        Doc d = Doc.parse(out);
        d.renumber();
        return d.render();
    }

    /** Removes headings left with nothing under them (but never the first heading). */
    private static String dropEmptySections(String text) {
        Doc doc = Doc.parse(text);
        boolean seen = false;
        for (int i = doc.blocks.size() - 1; i >= 0; i--) {
            Doc.Block b = doc.blocks.get(i);
            if (b.kind != Doc.Kind.HEADING) {
                continue;
            }
            boolean empty = i + 1 >= doc.blocks.size() || doc.blocks.get(i + 1).kind == Doc.Kind.HEADING;
            boolean firstHeading = true;
            for (int k = 0; k < i; k++) {
                if (doc.blocks.get(k).kind == Doc.Kind.HEADING) {
                    firstHeading = false;
                }
            }
            if (empty && !firstHeading) {
                doc.remove(i);
                seen = true;
            }
        }
        return seen ? doc.render() : text;
    }

    // ------------------------------------------------------------------ pad

    private String pad(String text) {
        int need = THOROUGH + 4 - words(text);
        boolean longStyle = new SentenceLengthRule().degree(text, "long") >= 1
                && !SentenceLengthRule.lengths(Outline.of(text)).isEmpty()
                && new SentenceLengthRule().degree(text, "short") < 1;
        List<String> padding = new ArrayList<>();
        int got = 0;
        int k = 0;
        while (got < need) {
            String s = PADDING[k % PADDING.length];
            if (longStyle) {
                s = SentenceLengthRule.join(s, PADDING[(k + 1) % PADDING.length]);
                k++;
            }
            k++;
            padding.add(s);
            got += Words.count(s);
        }
        Outline o = Outline.of(text);
        LayoutRule layout = new LayoutRule();
        LayoutRule.Shape shape = LayoutRule.Shape.of(o);
        String mode = "prose";
        if (shape.items() > 0 && shape.paraSents() <= 1) {
            mode = shape.numbered() > 0 && shape.bullets() == 0 ? "numbered-steps"
                    : shape.bullets() > 0 && shape.numbered() == 0 ? "bullets" : "prose";
            if (!mode.equals("prose") && layout.degree(text, mode) < 1) {
                mode = "prose";
            }
        }
        ParagraphSizeRule paragraphs = new ParagraphSizeRule();
        boolean merged = paragraphs.degree(text, "long") >= 1 && paragraphs.degree(text, "short") < 1;
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
        for (int i = start + 1; i < ss.size(); i++) {
            Outline.Role r = ss.get(i).role();
            if (r == Outline.Role.STATEMENT || r == Outline.Role.RECAP || r == Outline.Role.GLOSSARY) {
                return i;
            }
        }
        return ss.size();
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
                while (blockAt > 0 && doc.blocks.get(blockAt - 1).kind == Doc.Kind.HEADING
                        && headingOwns(o, blockAt - 1, at)) {
                    blockAt--;
                }
            }
        }
        for (int c = chunks.size() - 1; c >= 0; c--) {
            doc.insert(blockAt, Doc.Block.paragraph("", Para.ofSentences(chunks.get(c)).render()), "\n\n");
        }
        return doc.render();
    }

    /** Whether the heading at h titles only the answer block (so padding goes above it). */
    private static boolean headingOwns(Outline o, int h, int at) {
        String title = o.doc.blocks.get(h).body.strip().toLowerCase();
        return title.equals("answer") || title.equals("conclusion") || title.equals("summary");
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
