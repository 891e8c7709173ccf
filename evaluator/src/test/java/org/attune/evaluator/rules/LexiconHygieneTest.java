package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generic text operators insert (padding, fillers, fallbacks) and the lexicons must not carry
 * markers another rule checks, or one operator would silently break another preference.
 */
class LexiconHygieneTest {
    static final RulesLibrary LIB = RulesLibrary.builtin();

    /** Every generic sentence or clause an operator may insert, with the rule it belongs to. */
    static Map<String, String> inserted() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String p : BudgetPad.PADDING) {
            m.put(p, "word-budget");
        }
        for (String f : SentenceJoins.FILLERS) {
            m.put("It holds" + f + ".", "sentence-length");
        }
        m.put(JargonRule.FALLBACK, "jargon");
        m.put("It holds" + JargonRule.CLAUSE + ".", "jargon");
        m.put(AddressRule.FALLBACK, "address");
        m.put("It holds" + AddressRule.CLAUSE + ".", "address");
        m.put(ContractionsRule.FALLBACK, "contractions");
        m.put("It holds" + ContractionsRule.CLAUSE + ".", "contractions");
        m.put(CertaintyToneRule.FALLBACK, "certainty-tone");
        m.put(EmphasisRule.FALLBACK, "emphasis");
        m.put(ExclamationRule.FALLBACK, "exclamation");
        m.put(GreetingRule.HELLO, "greeting");
        return m;
    }

    @Test
    void insertedTextCarriesOnlyTheMarkerOfItsOwnRule() {
        List<String> problems = new ArrayList<>();
        Map<String, String> neutral = Map.of("jargon", "plain", "address", "impersonal", "contractions", "formal",
                "certainty-tone", "confident", "emphasis", "plain", "exclamation", "calm", "emoji", "none",
                "math-notation", "latex", "spelling", "american");
        for (Map.Entry<String, String> e : inserted().entrySet()) {
            String s = e.getKey();
            if (s.matches(".*\\d.*") || s.toLowerCase().contains("answer")) {
                problems.add("digit or 'answer' in: " + s);
            }
            if (!SpellingRule.TO_BRITISH.find(s).isEmpty() || !SpellingRule.TO_AMERICAN.find(s).isEmpty()) {
                problems.add("spelling variant in: " + s);
            }
            if (!JargonRule.PLAIN.find(s).isEmpty()) {
                problems.add("everyday paraphrase of a term in: " + s);
            }
            for (Map.Entry<String, String> n : neutral.entrySet()) {
                if (!n.getKey().equals(e.getValue()) && LIB.degree(n.getKey(), s, n.getValue()) < 1.0) {
                    problems.add(n.getKey() + "=" + n.getValue() + " broken by: " + s);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void reversibleEverydayPhrasesAreUniqueMultiWordAndFreeOfTerms() {
        Set<String> seen = new HashSet<>();
        for (String phrase : JargonRule.PLAIN.table().keySet()) {
            assertThat(phrase).as(phrase).contains(" ");
            assertThat(seen.add(phrase)).as("duplicate " + phrase).isTrue();
        }
        for (Map.Entry<String, String> e : JargonRule.TERMS.table().entrySet()) {
            assertThat(JargonRule.TERMS.find(e.getValue())).as(e.getValue()).isEmpty();
            assertThat(e.getValue()).as(e.getValue()).doesNotContainPattern("\\d");
            assertThat(CertaintyToneRule.count(e.getValue())).as(e.getValue()).isZero();
            assertThat(AddressRule.YOU.matcher(e.getValue()).find()).as(e.getValue()).isFalse();
            assertThat(SpellingRule.TO_BRITISH.find(e.getKey() + " " + e.getValue())).as(e.getKey()).isEmpty();
            assertThat(SpellingRule.TO_AMERICAN.find(e.getKey() + " " + e.getValue())).as(e.getKey()).isEmpty();
        }
    }

    @Test
    void spellingPairsDifferAndDoNotOverlapTheTerms() {
        for (Map.Entry<String, String> e : SpellingRule.TO_BRITISH.table().entrySet()) {
            assertThat(e.getKey()).isNotEqualTo(e.getValue());
            assertThat(JargonRule.TERMS.table()).doesNotContainKey(e.getKey());
        }
        assertThat(SpellingRule.TO_BRITISH.table()).hasSizeGreaterThan(100);
        assertThat(JargonRule.TERMS.table()).hasSizeGreaterThan(150);
    }
}
