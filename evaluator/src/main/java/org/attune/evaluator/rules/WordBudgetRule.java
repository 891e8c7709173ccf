package org.attune.evaluator.rules;

import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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
            return BudgetPad.pad(text, BudgetKeep.inferred());
        }
        int budget = value.equals("brief") ? BRIEF : MODERATE;
        String out = BudgetTrim.trim(text, budget, BudgetKeep.inferred());
        // on its own the budget wins over keeping style markers it cannot know are wanted
        return words(out) <= budget ? out : BudgetTrim.trim(text, budget, BudgetKeep.none());
    }

    /**
     * The operator with the other active preferences in view (used by {@link RulesLibrary#applyAll}):
     * it keeps exactly the style markers, sentence length, layout and paragraphing they ask for.
     */
    String apply(String text, String value, Map<String, String> active,
                 Predicate<String> othersHold, UnaryOperator<String> repairOthers) {
        requireValue(value);
        if (text == null || text.isBlank() || degree(text, value) >= 1.0) {
            return text;
        }
        BudgetKeep keep = BudgetKeep.of(active, othersHold, repairOthers);
        if (value.equals("thorough")) {
            return BudgetPad.pad(text, keep);
        }
        return BudgetTrim.trim(text, value.equals("brief") ? BRIEF : MODERATE, keep);
    }
}
