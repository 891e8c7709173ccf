package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens sentences the budget cannot drop: cuts the sentence with the final number down to that
 * number's clause, the opening sentence to its first clause, and trailing or middle clauses (filler
 * clauses first), keeping the answer, the wanted markers and long sentences long.
 */
final class ClauseCuts {
    private ClauseCuts() {
    }

    /** A clause between two conjunctions: ", and x," before ", but y". */
    private static final Pattern MIDDLE = Pattern.compile(
            ",\\s+and\\s+[^,;]*(?=,\\s+and\\s)");
    private static final Pattern CLAUSE = Pattern.compile(
            "(?:,\\s+(?:and|but|so|which|while|even though|although|because|since|then)\\s+|;\\s+|\\s+because\\s+)"
                    + "(?:(?!,\\s+(?:and|but|so|which|while|then)\\s)[^;])*$");

    /**
     * Drops clauses after the main one (filler clauses first) from explanation sentences while the
     * text is over budget, keeping digits, wanted markers, the answer and long sentences long.
     */
    static String compressClauses(String text, int budget, BudgetKeep k) {
        String out = text;
        SentenceLengthRule lengths = new SentenceLengthRule();
        boolean keepLong = Boolean.TRUE.equals(k.longSentences());
        for (int round = 0; round < 40 && WordBudgetRule.words(out) > budget; round++) {
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
                        next = SentenceJoins.joinShortest(SentenceJoins.joinOnly(next));
                    }
                    int gain = WordBudgetRule.words(out) - WordBudgetRule.words(next);
                    boolean ok = gain > bestGain && Edits.sameAnswer(out, next)
                            && (!keepLong || lengths.degree(next, "long") >= 1);
                    for (BudgetKeep.Marker m : k.witnesses()) {
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
        for (Pattern p : new Pattern[] {CLAUSE, MIDDLE}) {
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

    /**
     * Last resort when only protected sentences are left: cut the sentence with the final number down
     * to the clause that carries it, and the opening sentence down to its first clause, as long as
     * no kept style marker and not the answer is lost.
     */
    static String compress(String text, int budget, Set<BudgetKeep.Marker> witnesses) {
        String out = text;
        for (int step = 0; step < 2 && WordBudgetRule.words(out) > budget; step++) {
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
            for (BudgetKeep.Marker m : witnesses) {
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

}
