package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * word-budget, counted in words of the body (not headings, the greeting, the recap line or the
 * key-terms line, which other preferences ask for): "brief" at most {@value #BRIEF}, "moderate" at most
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

    /**
     * Words of the response body: headings, the greeting, the closing recap line and the key-terms
     * line are framing that other preferences ask for, so they do not count.
     */
    static int words(String text) {
        Outline o = Outline.of(text);
        int n = 0;
        for (int b = 0; b < o.doc.blocks.size(); b++) {
            Doc.Block blk = o.doc.blocks.get(b);
            if (blk.kind == Doc.Kind.HEADING || blk.kind == Doc.Kind.RULE) {
                continue;
            }
            if (o.paras[b] == null) {
                n += Words.count(blk.body);
            }
        }
        for (Outline.Sent s : o.sents) {
            if (o.paras[s.block()] != null && s.role() != Outline.Role.GREETING && s.role() != Outline.Role.RECAP
                    && s.role() != Outline.Role.GLOSSARY) {
                n += Words.count(s.text());
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
        if (value.equals("thorough")) {
            return pad(text, Keep.inferred());
        }
        int budget = value.equals("brief") ? BRIEF : MODERATE;
        String out = trim(text, budget, Keep.inferred());
        // on its own the budget wins over keeping style markers it cannot know are wanted
        return words(out) <= budget ? out : trim(text, budget, Keep.none());
    }

    /**
     * The operator with the other active preferences in view (used by {@link RulesLibrary#applyAll}):
     * it keeps exactly the style markers, sentence length, layout and paragraphing they ask for.
     */
    String apply(String text, String value, java.util.Map<String, String> active,
                 java.util.function.Predicate<String> othersHold, java.util.function.UnaryOperator<String> repairOthers) {
        requireValue(value);
        if (text == null || text.isBlank() || degree(text, value) >= 1.0) {
            return text;
        }
        Keep keep = Keep.of(active, othersHold, repairOthers);
        if (value.equals("thorough")) {
            return pad(text, keep);
        }
        return trim(text, value.equals("brief") ? BRIEF : MODERATE, keep);
    }

    /** What trimming and padding must keep; null fields are read off the text itself. */
    record Keep(Set<Marker> witnesses, Boolean longSentences, String layout, String paragraphs,
                java.util.function.Predicate<String> othersHold, java.util.function.UnaryOperator<String> repairOthers) {
        static Keep inferred() {
            return new Keep(java.util.EnumSet.allOf(Marker.class), null, null, null, t -> true, t -> t);
        }

        static Keep none() {
            return new Keep(java.util.EnumSet.noneOf(Marker.class), null, null, null, t -> true, t -> t);
        }

        Keep withoutWitnesses() {
            return new Keep(java.util.EnumSet.noneOf(Marker.class), longSentences, layout, paragraphs, othersHold,
                    repairOthers);
        }

        static Keep of(java.util.Map<String, String> active, java.util.function.Predicate<String> othersHold,
                       java.util.function.UnaryOperator<String> repairOthers) {
            Set<Marker> w = java.util.EnumSet.noneOf(Marker.class);
            addIf(w, active, "contractions", "casual", Marker.CONTRACTION);
            addIf(w, active, "address", "second-person", Marker.YOU);
            addIf(w, active, "certainty-tone", "hedged", Marker.HEDGE);
            addIf(w, active, "exclamation", "enthusiastic", Marker.EXCLAMATION);
            addIf(w, active, "emoji", "some", Marker.EMOJI);
            addIf(w, active, "emphasis", "bold", Marker.BOLD);
            addIf(w, active, "jargon", "technical", Marker.TERM);
            String sl = active.get("sentence-length");
            return new Keep(w, sl == null ? Boolean.FALSE : sl.equals("long"), active.get("layout"),
                    active.get("paragraph-size"), othersHold, repairOthers);
        }

        private static void addIf(Set<Marker> w, java.util.Map<String, String> a, String id, String v, Marker m) {
            if (v.equals(a.get(id))) {
                w.add(m);
            }
        }
    }

    // ------------------------------------------------------------------ trim

    private String trim(String text, int budget, Keep k) {
        List<String> tries = new ArrayList<>();
        String out = trim(text, budget, k, true);
        tries.add(out);
        if (!fits(out, budget, k)) {
            // only what other preferences need stays protected when the natural cut is not enough
            out = compress(trim(text, budget, k, false), budget, k.witnesses());
            tries.add(out);
            tries.add(compressClauses(out, budget, k));
        }
        if (!k.witnesses().isEmpty() && tries.stream().noneMatch(t -> fits(t, budget, k))) {
            // last resort: cut freely, then put back the style markers in the sentences that are left
            Keep bare = k.withoutWitnesses();
            // leave room for the markers put back (a clause of a few words each)
            int room = Math.max(budget / 2, budget - 5 * k.witnesses().size());
            String cut = trim(text, room, bare, false);
            cut = compressClauses(compress(cut, room, bare.witnesses()), room, bare);
            String again = k.repairOthers().apply(restore(cut, k.witnesses()));
            if (words(again) > budget) {
                again = compress(trim(again, budget, k, false), budget, k.witnesses());
            }
            tries.add(again);
            tries.add(compressClauses(again, budget, k));
        }
        for (String t : tries) {
            if (fits(t, budget, k)) {
                return t;
            }
        }
        // nothing fits everything: keep the other preferences and get as close to the budget as possible
        String best = null;
        for (String t : tries) {
            if (k.othersHold().test(t) && (best == null || words(t) < words(best))) {
                best = t;
            }
        }
        return best != null ? best : tries.get(0);
    }

    private static boolean fits(String t, int budget, Keep k) {
        return words(t) <= budget && k.othersHold().test(t);
    }

    /** Re-applies the operator of each wanted style marker the text no longer carries. */
    private static String restore(String text, Set<Marker> witnesses) {
        String out = text;
        for (Marker m : witnesses) {
            if (!m.holds(out)) {
                out = m.rule().apply(out, m.value());
            }
        }
        return out;
    }

    /** A clause between two conjunctions: ", and x," before ", but y". */
    private static final java.util.regex.Pattern MIDDLE = java.util.regex.Pattern.compile(
            ",\\s+(?:and|but|so|which|while)\\s+[^,;]*(?=,\\s+(?:and|but|so|which|while|then)\\s)");
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile(
            "(?:,\\s+(?:and|but|so|which|while|even though|although|because|since|then)\\s+|;\\s+|\\s+because\\s+)"
                    + "(?:(?!,\\s+(?:and|but|so|which|while|then)\\s)[^;])*$");

    /**
     * Drops clauses after the main one (filler clauses first) from explanation sentences while the
     * text is over budget, keeping digits, wanted markers, the answer and long sentences long.
     */
    private static String compressClauses(String text, int budget, Keep k) {
        String out = text;
        SentenceLengthRule lengths = new SentenceLengthRule();
        boolean keepLong = Boolean.TRUE.equals(k.longSentences());
        for (int round = 0; round < 40 && words(out) > budget; round++) {
            Outline o = Outline.of(out);
            String best = null;
            int bestGain = 0;
            for (Outline.Sent s : o.sents) {
                if (!s.ordinary() || o.paras[s.block()] == null) {
                    continue;
                }
                for (String cand : clauseCuts(s.text())) {
                    Outline o2 = Outline.of(out);
                    o2.paras[s.block()].sents.set(s.index(), cand);
                    String next = o2.render();
                    if (keepLong && lengths.degree(next, "long") < 1) {
                        next = SentenceLengthRule.joinShortest(SentenceLengthRule.joinOnly(next));
                    }
                    int gain = words(out) - words(next);
                    boolean ok = gain > bestGain && Edits.sameAnswer(out, next)
                            && (!keepLong || lengths.degree(next, "long") >= 1);
                    for (Marker m : k.witnesses()) {
                        if (ok && m.holds(out) && !m.holds(next)) {
                            ok = false;
                        }
                    }
                    if (ok) {
                        best = next;
                        bestGain = gain;
                    }
                }
            }
            if (best == null) {
                break;
            }
            out = best;
        }
        return out;
    }

    /** The sentence with one of its trailing clauses removed, filler clauses first. */
    static List<String> clauseCuts(String s) {
        List<String> out = new ArrayList<>();
        for (String c : Leads.CLAUSES) {
            if (s.contains(c)) {
                out.add(s.replace(c, ""));
            }
        }
        String end = Edits.ending(s);
        String core = s.stripTrailing().substring(0, s.stripTrailing().length() - end.length());
        String m = Spans.masked(core);
        for (java.util.regex.Pattern p : new java.util.regex.Pattern[] {CLAUSE, MIDDLE}) {
            Matcher x = p.matcher(m);
            while (x.find()) {
                if (x.start() == 0) {
                    continue;
                }
                String kept = core.substring(0, x.start()) + core.substring(x.end());
                if (Words.count(kept) >= 4 && Words.count(core.substring(x.start(), x.end())) >= 4
                        && !(Leads.SUBORDINATE.matcher(kept).lookingAt() && !kept.contains(","))) {
                    out.add(kept + end);
                }
            }
        }
        return out;
    }

    private String trim(String text, int budget, Keep k, boolean generous) {
        SentenceLengthRule lengths = new SentenceLengthRule();
        boolean keepLong = k.longSentences() != null ? k.longSentences()
                : lengths.degree(text, "long") >= 1 && !SentenceLengthRule.lengths(Outline.of(text)).isEmpty();
        ParagraphSizeRule paragraphs = new ParagraphSizeRule();
        boolean keepMerged = k.paragraphs() != null ? k.paragraphs().equals("long") : paragraphs.degree(text, "long") >= 1;
        String out = text;
        while (words(out) > budget) {
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
                out = SentenceLengthRule.joinOnly(out);
            }
        }
        if (words(out) > budget) {
            out = compress(out, budget, k.witnesses());
        }
        out = dropEmptySections(out);
        out = KeyTermsRule.refresh(out);
        if (keepMerged && paragraphs.degree(out, "long") < 1) {
            out = ParagraphSizeRule.merge(out);
        }
        return out;
    }

    /**
     * Last resort when only protected sentences are left: cut the sentence with the final number down
     * to the clause that carries it, and the opening sentence down to its first clause, as long as
     * no kept style marker and not the answer is lost.
     */
    private static String compress(String text, int budget, Set<Marker> witnesses) {
        String out = text;
        for (int step = 0; step < 2 && words(out) > budget; step++) {
            Outline o = Outline.of(out);
            Answers.Found f = Answers.find(out);
            Outline.Sent target = step == 0 ? (f.kind() == Answers.Kind.NUMBER ? o.at(f.start()) : null)
                    : o.firstSubstantial();
            if (target == null || !target.ordinary() || o.paras[target.block()] == null) {
                continue;
            }
            String clause = step == 0 ? Edits.clauseAround(target.text(), f.start() - target.start())
                    : Edits.clauseAround(target.text(), 0);
            if (Words.count(clause) < 4 || Words.count(clause) >= Words.count(target.text())
                    || Leads.SUBORDINATE.matcher(clause).lookingAt()) {
                continue;
            }
            String end = Edits.ending(target.text());
            String cut = Words.capitalize(clause) + (end.isEmpty() ? "." : end.startsWith(".") || end.startsWith("!")
                    || end.startsWith("?") ? end : "." + end);
            o.paras[target.block()].sents.set(target.index(), cut);
            String next = o.render();
            boolean kept = Edits.sameAnswer(out, next);
            for (Marker m : witnesses) {
                if (m.holds(out) && !m.holds(next)) {
                    kept = false;
                }
            }
            if (kept) {
                out = next;
            }
        }
        return out;
    }

    /** Keys ("block:index") of sentences trimming must keep. */
    private static Set<String> protectedSentences(String text, Outline o, Set<Marker> witnesses, boolean generous) {
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
        String[] seen = new String[Marker.values().length];
        int items = 0;
        boolean afterHeading = true;
        int lastBlock = -1;
        for (Outline.Sent s : o.sents) {
            if (s.role() != Outline.Role.ORDINARY) {
                keep.add(key(s));
                continue;
            }
            for (Marker m : witnesses) {
                if (seen[m.ordinal()] == null && m.in(s.text())) {
                    seen[m.ordinal()] = key(s);
                    keep.add(key(s));
                }
            }
            Doc.Block b = o.doc.blocks.get(s.block());
            if (b.isTopItem() && s.index() == 0 && items < 1) {
                items++;
                keep.add(key(s));
            }
            if (!generous) {
                continue;
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
    enum Marker {
        CONTRACTION, YOU, HEDGE, EXCLAMATION, EMOJI, BOLD, TERM;

        /** The rule and value that put this marker in. */
        RuleBase rule() {
            return switch (this) {
                case CONTRACTION -> new ContractionsRule();
                case YOU -> new AddressRule();
                case HEDGE -> new CertaintyToneRule();
                case EXCLAMATION -> new ExclamationRule();
                case EMOJI -> new EmojiRule();
                case BOLD -> new EmphasisRule();
                case TERM -> new JargonRule();
            };
        }

        /** Whether a whole response carries the marker where its checker looks. */
        boolean holds(String text) {
            return rule().degree(text, value()) >= 1;
        }

        String value() {
            return switch (this) {
                case CONTRACTION -> "casual";
                case YOU -> "second-person";
                case HEDGE -> "hedged";
                case EXCLAMATION -> "enthusiastic";
                case EMOJI -> "some";
                case BOLD -> "bold";
                case TERM -> "technical";
            };
        }

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

    // ------------------------------------------------------------------ pad

    private String pad(String text, Keep keep) {
        int need = THOROUGH + 4 - words(text);
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
