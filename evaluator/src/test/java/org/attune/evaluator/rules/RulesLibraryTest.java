package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.Attribute;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.Test;

/** The library against the attribute catalog, and its public contract. */
class RulesLibraryTest {
    static final RulesLibrary LIB = RulesLibrary.builtin();

    @Test
    void everyRulesAttributeOfTheCatalogHasARuleWithTheSameValues() {
        List<Attribute> rules = AttributeCatalog.builtin().all().stream().filter(Attribute::isRules).toList();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(18);
        assertThat(LIB.attributeIds()).containsExactlyInAnyOrderElementsOf(rules.stream().map(Attribute::id).toList());
        for (Attribute a : rules) {
            assertThat(LIB.values(a.id())).as(a.id()).containsExactlyElementsOf(a.values());
            assertThat(a.questionHints()).as(a.id()).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void canonicalOrderPutsWordLevelRewritesFirstAndTheBudgetLast() {
        assertThat(LIB.attributeIds()).containsExactly("math-notation", "jargon", "address", "contractions",
                "certainty-tone", "spelling", "summary-line", "sentence-length", "layout", "answer-placement",
                "headings", "paragraph-size", "key-terms", "emphasis", "exclamation", "emoji", "greeting",
                "word-budget");
        int previous = -1;
        for (String id : LIB.attributeIds()) {
            int order = LIB.find(id).orElseThrow().order();
            assertThat(order).isGreaterThan(previous);
            previous = order;
        }
    }

    @Test
    void contraryIsAnotherLegalValue() {
        for (String id : LIB.attributeIds()) {
            Rule r = LIB.find(id).orElseThrow();
            for (String v : LIB.values(id)) {
                assertThat(LIB.values(id)).contains(r.contrary().apply(v)).doesNotHaveDuplicates();
                assertThat(r.contrary().apply(v)).isNotEqualTo(v);
            }
        }
    }

    @Test
    void unknownAttributesAndValuesAreRejected() {
        assertThat(LIB.find("humor")).isEmpty();
        assertThatThrownBy(() -> LIB.degree("humor", "text", "5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("humor");
        assertThatThrownBy(() -> LIB.degree("emoji", "text", "lots")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lots");
        assertThatThrownBy(() -> LIB.applyAll("text", Map.of("layout", "table")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankTextSatisfiesEverythingAndStaysBlank() {
        for (String id : LIB.attributeIds()) {
            for (String v : LIB.values(id)) {
                assertThat(LIB.degree(id, "  ", v)).isEqualTo(1.0);
                assertThat(LIB.find(id).orElseThrow().operator().apply("  ", v)).isEqualTo("  ");
            }
        }
    }

    @Test
    void applyAllRunsInCanonicalOrderWhateverTheMapOrder() {
        String x = Corpus.load().get("medicine");
        Map<String, String> a = new LinkedHashMap<>();
        a.put("word-budget", "brief");
        a.put("layout", "numbered-steps");
        a.put("contractions", "formal");
        Map<String, String> b = new LinkedHashMap<>();
        b.put("contractions", "formal");
        b.put("layout", "numbered-steps");
        b.put("word-budget", "brief");
        String out = LIB.applyAll(x, a);
        assertThat(LIB.applyAll(x, b)).isEqualTo(out);
        assertThat(out).startsWith("1. ").doesNotContain("it's");
        assertThat(WordBudgetRule.words(out)).isLessThanOrEqualTo(WordBudgetRule.BRIEF);
    }

    @Test
    void applyAllWithNothingToDoReturnsTheInput() {
        String x = Corpus.load().get("mc-reasoned");
        assertThat(LIB.applyAll(x, Map.of())).isSameAs(x);
        assertThat(LIB.applyAll(x, Map.of("emoji", "none", "headings", "none"))).isEqualTo(x);
    }
}
