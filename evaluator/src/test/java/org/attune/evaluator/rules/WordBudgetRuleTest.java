package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The word budget: counting, partial credit, trimming and padding. */
class WordBudgetRuleTest {
    final WordBudgetRule budget = new WordBudgetRule();

    static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i % 10 == 9 ? "word. " : "word ");
        }
        return sb.toString().strip();
    }

    @Test
    void theCountLeavesOutFramingLines() {
        String x = "Hi there,\n\n## Why\nThe sum is 12 apples.\n\nKey terms: integer (whole number).\n\nIn short, it is 12.";
        assertThat(WordBudgetRule.words(x)).isEqualTo(5);
    }

    @Test
    void degreesFallWithTheOvershootOrShortfall() {
        assertThat(budget.degree(words(60), "brief")).isEqualTo(1.0);
        assertThat(budget.degree(words(90), "brief")).isEqualTo(0.5);
        assertThat(budget.degree(words(120), "brief")).isEqualTo(0.0);
        assertThat(budget.degree(words(225), "moderate")).isEqualTo(0.5);
        assertThat(budget.degree(words(80), "thorough")).isEqualTo(0.5);
    }

    @Test
    void briefKeepsTheOpeningAndTheAnswer() {
        String x = Corpus.load().get("thorough-prose");
        String out = budget.apply(x, "brief");
        assertThat(WordBudgetRule.words(out)).isLessThanOrEqualTo(60);
        assertThat(out).startsWith("To find how long the trip takes").endsWith("So the whole journey takes 3.25 hours.");
    }

    @Test
    void thoroughPadsBeforeTheAnswerInTheTextsOwnLayout() {
        String x = "- Add the two prices.\n- Take off the coupon.\n\nThe answer is 25.";
        String out = budget.apply(x, "thorough");
        assertThat(WordBudgetRule.words(out)).isGreaterThanOrEqualTo(160);
        assertThat(out).startsWith("- Add the two prices.\n- Take off the coupon.\n- ").endsWith("\n\nThe answer is 25.");
        assertThat(new LayoutRule().degree(out, "bullets")).isEqualTo(1.0);
    }

    @Test
    void withOtherPreferencesTheBudgetKeepsTheirMarkers() {
        String x = Corpus.load().get("social");
        String out = RulesLibrary.builtin().applyAll(x, Map.of("word-budget", "brief", "certainty-tone", "hedged",
                "contractions", "casual", "address", "second-person"));
        assertThat(WordBudgetRule.words(out)).isLessThanOrEqualTo(60);
        assertThat(new CertaintyToneRule().degree(out, "hedged")).isEqualTo(1.0);
        assertThat(new ContractionsRule().degree(out, "casual")).isEqualTo(1.0);
        assertThat(new AddressRule().degree(out, "second-person")).isEqualTo(1.0);
    }
}
