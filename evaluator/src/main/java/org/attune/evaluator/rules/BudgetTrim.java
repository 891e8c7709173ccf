package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a response to a word budget. It drops whole sentences of the explanation, latest first (the
 * shortest first when sentences must stay long), never the opening sentence, an answer statement,
 * the recap, the key-terms line or the first carrier of a wanted style marker; then display blocks;
 * then trailing clauses. As a last resort it cuts freely and puts the wanted markers back.
 */
final class BudgetTrim {
    private BudgetTrim() {
    }

    static String trim(String text, int budget, BudgetKeep k) {
        List<String> tries = new ArrayList<>();
        String out = trim(text, budget, k, true);
        tries.add(out);
        if (!fits(out, budget, k)) {
            // only what other preferences need stays protected when the natural cut is not enough
            out = ClauseCuts.compress(trim(text, budget, k, false), budget, k.witnesses());
            tries.add(out);
            tries.add(ClauseCuts.compressClauses(out, budget, k));
        }
        if (!k.witnesses().isEmpty() && tries.stream().noneMatch(t -> fits(t, budget, k))) {
            // last resort: cut freely, then put back the style markers in the sentences that are left
            BudgetKeep bare = k.withoutWitnesses();
            // leave room for the markers put back (a clause of a few words each)
            int room = Math.max(budget / 2, budget - 5 * k.witnesses().size());
            String cut = trim(text, room, bare, false);
            cut = ClauseCuts.compressClauses(ClauseCuts.compress(cut, room, bare.witnesses()), room, bare);
            // settle the structure first (a new lead may replace a marker carrier), then the markers
            String again = k.repairOthers().apply(restore(k.repairOthers().apply(cut), k.witnesses()));
            if (WordBudgetRule.words(again) > budget) {
                again = ClauseCuts.compress(trim(again, budget, k, false), budget, k.witnesses());
            }
            tries.add(again);
            tries.add(ClauseCuts.compressClauses(again, budget, k));
        }
        for (String t : tries) {
            if (fits(t, budget, k)) {
                return t;
            }
        }
        // nothing fits everything: keep the other preferences and get as close to the budget as possible
        String best = null;
        for (String t : tries) {
            if (k.othersHold().test(t) && (best == null || WordBudgetRule.words(t) < WordBudgetRule.words(best))) {
                best = t;
            }
        }
        return best != null ? best : tries.get(0);
    }

    private static boolean fits(String t, int budget, BudgetKeep k) {
        return WordBudgetRule.words(t) <= budget && k.othersHold().test(t);
    }

    /** Re-applies the operator of each wanted style marker the text no longer carries. */
    private static String restore(String text, Set<BudgetKeep.Marker> witnesses) {
        String out = text;
        for (BudgetKeep.Marker m : witnesses) {
            if (!m.holds(out)) {
                out = m.rule().apply(out, m.value());
            }
        }
        return out;
    }

    private static String trim(String text, int budget, BudgetKeep k, boolean generous) {
        SentenceLengthRule lengths = new SentenceLengthRule();
        boolean keepLong = k.longSentences() != null ? k.longSentences()
                : lengths.degree(text, "long") >= 1 && !SentenceLengthRule.lengths(Outline.of(text)).isEmpty();
        ParagraphSizeRule paragraphs = new ParagraphSizeRule();
        boolean keepMerged = k.paragraphs() != null ? k.paragraphs().equals("long") : paragraphs.degree(text, "long") >= 1;
        String out = text;
        while (WordBudgetRule.words(out) > budget) {
            Outline o = Outline.of(out);
            Set<String> keep = protectedSentences(out, o, k.witnesses(), generous);
            Outline.Sent drop = pick(o, keep, keepLong);
            if (drop == null && keepLong) {
                drop = pick(o, keep, false);
            }
            if (drop == null) {
                int block = droppableBlock(out, o);
                if (block < 0) {
                    break;
                }
                o.doc.remove(block);
                dropIntro(o, block);
                o.doc.renumber();
                out = o.doc.render();
                continue;
            }
            out = remove(o, drop);
            if (keepLong && lengths.degree(out, "long") < 1) {
                // rejoin what is left rather than pad it: joining adds a word, padding many
                out = SentenceJoins.joinOnly(out);
            }
        }
        if (WordBudgetRule.words(out) > budget) {
            out = ClauseCuts.compress(out, budget, k.witnesses());
        }
        out = dropEmptySections(out);
        out = KeyTermsRule.refresh(out);
        if (keepMerged && paragraphs.degree(out, "long") < 1) {
            out = ParagraphSizeRule.merge(out);
        }
        return out;
    }

    /** Keys ("block:index") of sentences trimming must keep. */
    private static Set<String> protectedSentences(String text, Outline o, Set<BudgetKeep.Marker> witnesses, boolean generous) {
        Set<String> keep = new HashSet<>();
        for (Outline.Sent first : new Outline.Sent[] {o.firstContent(), o.firstSubstantial()}) {
            if (first != null && generous) {
                keep.add(key(first));
            }
        }
        Answers.Found f = Answers.find(text);
        if (f.kind() != Answers.Kind.NONE) {
            Outline.Sent holder = o.at(f.start());
            if (holder != null) {
                keep.add(key(holder));
            }
        }
        String[] seen = new String[BudgetKeep.Marker.values().length];
        int items = 0;
        boolean afterHeading = true;
        int lastBlock = -1;
        for (Outline.Sent s : o.sents) {
            if (s.role() != Outline.Role.ORDINARY) {
                keep.add(key(s));
                continue;
            }
            for (BudgetKeep.Marker m : witnesses) {
                if (seen[m.ordinal()] == null && m.in(s.text())) {
                    seen[m.ordinal()] = key(s);
                    keep.add(key(s));
                }
            }
            if (!generous) {
                continue;
            }
            Doc.Block b = o.doc.blocks.get(s.block());
            if (b.isTopItem() && s.index() == 0 && items < 1) {
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
            boolean counted = SentenceLengthRule.counted(o, s);
            double mean = counted && ls.size() > 1 ? (total - len) / (ls.size() - 1) : total / Math.max(1, ls.size());
            if (mean >= SentenceLengthRule.LONG && len < bestLen) {
                bestLen = len;
                best = s;
            }
        }
        return best;
    }

    /** Drops the lead-in ("like this:") of a removed block when it is its own block or item. */
    private static void dropIntro(Outline o, int removed) {
        int prev = removed - 1;
        if (prev < 0 || prev >= o.doc.blocks.size()) {
            return;
        }
        Doc.Block b = o.doc.blocks.get(prev);
        if (b.hasSentences() && b.body.strip().endsWith(":") && Para.of(b.body).size() == 1
                && !b.body.matches("(?s).*\\d.*")) {
            o.doc.remove(prev);
        }
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
            boolean empty = true;
            for (int k = i + 1; k < doc.blocks.size() && doc.blocks.get(k).kind != Doc.Kind.HEADING; k++) {
                Doc.Block c = doc.blocks.get(k);
                boolean aside = c.kind == Doc.Kind.PARAGRAPH && (Outline.GLOSSARY.matcher(c.body.strip()).find()
                        || Outline.RECAP.matcher(c.body.strip()).find());
                if (!aside) {
                    empty = false;
                }
            }
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

}
