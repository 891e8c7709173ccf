package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.api.AnswerType;
import org.attune.api.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCorrectnessTest {
    private final AnswerCorrectnessChecker checker = AnswerCorrectnessChecker.create();
    private final Item city = Items.gold("St. Louis", "Saint Louis");

    private boolean correct(Item item, String response) {
        return checker.check(AnswerType.TEXT, item, response).correct();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The answer is St. Louis.",
        "the answer is st louis",
        "Answer: ST. LOUIS!",
        "**Answer:** *St. Louis*",
        "The answer is Saint Louis, on the Mississippi.",
        "The answer is St. Louis because the arch is there.",
        "\\boxed{\\text{St. Louis}}",
        "St. Louis",
        "Final answer: St Louis (Missouri)",
    })
    void acceptsNormalizedGoldAndAliases(String response) {
        assertThat(correct(city, response)).as(response).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The answer is Kansas City.",
        "The answer is St. Paul.",
        "The answer is Louisville.",
        "I think it is somewhere on the river, maybe in the middle of the country, near other cities.\nHard.",
    })
    void rejectsOtherAnswers(String response) {
        assertThat(correct(city, response)).as(response).isFalse();
    }

    @Test
    void articlesAccentsAndThousands() {
        assertThat(correct(Items.gold("The Beatles"), "The answer is Beatles.")).isTrue();
        assertThat(correct(Items.gold("Zürich"), "The answer is Zurich.")).isTrue();
        assertThat(correct(Items.gold("1,000 years"), "Answer: 1000 years")).isTrue();
        assertThat(correct(Items.gold("Tom & Jerry"), "Answer: Tom and Jerry")).isTrue();
    }
}
