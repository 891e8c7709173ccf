package org.attune.evaluator.rules;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What trimming and padding to a word budget must keep: the style markers other preferences need
 * (their first carrier sentence is not dropped), long sentences, the layout and paragraphing, plus
 * a test that every other active preference still holds and a pass that re-applies them.
 * Null fields are read off the text itself.
 */
record BudgetKeep(Set<BudgetKeep.Marker> witnesses, Boolean longSentences, String layout, String paragraphs,
                  Predicate<String> othersHold, UnaryOperator<String> repairOthers) {

    static BudgetKeep inferred() {
        return new BudgetKeep(EnumSet.allOf(Marker.class), null, null, null, t -> true, t -> t);
    }

    static BudgetKeep none() {
        return new BudgetKeep(EnumSet.noneOf(Marker.class), null, null, null, t -> true, t -> t);
    }

    BudgetKeep withoutWitnesses() {
        return new BudgetKeep(EnumSet.noneOf(Marker.class), longSentences, layout, paragraphs, othersHold, repairOthers);
    }

    static BudgetKeep of(Map<String, String> active, Predicate<String> othersHold, UnaryOperator<String> repairOthers) {
        Set<Marker> w = EnumSet.noneOf(Marker.class);
        for (Marker m : Marker.values()) {
            if (m.value().equals(active.get(m.attribute()))) {
                w.add(m);
            }
        }
        String sl = active.get("sentence-length");
        return new BudgetKeep(w, sl == null ? Boolean.FALSE : sl.equals("long"), active.get("layout"),
                active.get("paragraph-size"), othersHold, repairOthers);
    }

    /** Style markers whose first carrier sentence is kept so that a satisfied style stays satisfied. */
    enum Marker {
        CONTRACTION("contractions", "casual"), YOU("address", "second-person"), HEDGE("certainty-tone", "hedged"),
        EXCLAMATION("exclamation", "enthusiastic"), EMOJI("emoji", "some"), BOLD("emphasis", "bold"),
        TERM("jargon", "technical");

        private final String attribute;
        private final String value;

        Marker(String attribute, String value) {
            this.attribute = attribute;
            this.value = value;
        }

        String attribute() {
            return attribute;
        }

        String value() {
            return value;
        }

        /** Whether one sentence carries the marker. */
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

        /** The rule that puts this marker in. */
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
            return rule().degree(text, value) >= 1;
        }
    }
}
