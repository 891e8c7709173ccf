package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void tokensSplitContractionsAndPunctuation() {
        assertThat(EditDistance.tokens("I don't know, it's 3.5!"))
                .containsExactly("I", "do", "n't", "know", ",", "it", "'s", "3", ".", "5", "!");
    }

    @Test
    void layoutCostsNothing() {
        assertThat(EditDistance.words("a b\n\nc", "a   b c")).isZero();
        assertThat(EditDistance.words("", "")).isZero();
    }

    @Test
    void countsTokenInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.words("the cat sat", "the cat sat down")).isEqualTo(1);
        assertThat(EditDistance.words("the cat sat", "the dog sat")).isEqualTo(1);
        assertThat(EditDistance.words("the cat sat", "cat sat")).isEqualTo(1);
        assertThat(EditDistance.words("- one\n- two", "one two")).isEqualTo(2);
        assertThat(EditDistance.words("a b c d", "d c b a")).isEqualTo(4);
    }

    @Test
    void normalizedDividesByTheLongerSide() {
        assertThat(EditDistance.normalized("a b c d", "a b")).isEqualTo(0.5);
        assertThat(EditDistance.normalized("", "")).isZero();
    }

    @Test
    void manyDistinctTokensStillWork() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            a.append("w").append(i).append(' ');
            b.append("w").append(i).append(i % 1000 == 0 ? "x " : " ");
        }
        assertThat(EditDistance.words(a.toString(), b.toString())).isEqualTo(70);
    }
}
