package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.api.AnswerType;
import org.attune.api.Correctness;
import org.attune.api.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceCorrectnessTest {
    private final AnswerCorrectnessChecker checker = AnswerCorrectnessChecker.create();
    private final Item planets = Items.choice("C", "Planetary density will decrease.", "Years will become longer.",
            "Days will become shorter.", "Gravity will become stronger.");

    private Correctness check(Item item, String response) {
        return checker.check(AnswerType.CHOICE, item, response);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Answer: (C)",
        "The answer is C.",
        "The answer is C",
        "the answer is: C)",
        "**Answer:** C",
        "**Answer: C**",
        "The correct answer is (C) Days will become shorter.",
        "The correct answer is C. Days become shorter because rotation speeds up.",
        "The correct option is C",
        "The best choice is option C.",
        "I would choose C because rotation shortens the day.",
        "I'd pick (c).",
        "Final answer: \\boxed{C}",
        "\\boxed{\\text{(C)}}",
        "Faster spin means shorter days, so option C.",
        "Reasoning first.\n\n**C**",
        "Reasoning first.\nC is correct.",
        "C",
        "(C)",
        "The answer is days will become shorter.",
        "The correct answer is: Days will become shorter, since the planet spins faster.",
        "Days will become shorter.",
        "The answer is C - days get shorter.",
    })
    void goldLetterInManyPhrasings(String response) {
        assertThat(check(planets, response).correct()).as(response).isTrue();
        assertThat(check(planets, response).extracted()).isEqualTo("C");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Answer: (B)",
        "The answer is D.",
        "The correct answer is Gravity will become stronger.",
        "I would choose A because density drops.",
    })
    void otherLettersAreWrong(String response) {
        assertThat(check(planets, response).correct()).as(response).isFalse();
    }

    @Test
    void articleAIsNotALetter() {
        Item animals = Items.choice("B", "reptile", "mammal", "bird", "fish");
        assertThat(check(animals, "The answer is a mammal.").correct()).isTrue();
        assertThat(check(animals, "The answer is A mammal, clearly.").correct()).isTrue();
        Correctness c = check(animals, "The answer is a creature that flies.");
        assertThat(c.correct()).isFalse();
        assertThat(c.reason()).contains("names no option");
    }

    @Test
    void lettersInsideWordsAreNotLetters() {
        Item elements = Items.choice("A", "Hydrogen", "Carbon", "Boron", "Dysprosium");
        assertThat(check(elements, "The answer is Carbon.").extracted()).isEqualTo("B");
        assertThat(check(elements, "The answer is Dysprosium.").extracted()).isEqualTo("D");
        assertThat(check(elements, "A\n").correct()).isTrue();
        assertThat(check(elements, "Dysprosium is heavy. Carbon is not. A good guess is tricky.").correct())
                .isFalse();
    }

    @Test
    void aCapitalStartingAWordIsNotALetter() {
        Correctness c = check(planets, "Definitely not sure.");
        assertThat(c.correct()).isFalse();
        assertThat(c.extracted()).isNotEqualTo("D");
        assertThat(check(planets, "Could be anything").reason()).contains("names no option");
    }

    @Test
    void letterOutOfRangeNamesNothing() {
        Correctness c = check(planets, "The answer is (F).");
        assertThat(c.correct()).isFalse();
        assertThat(c.reason()).contains("names no option A-D");
    }

    @Test
    void longestOptionTextWins() {
        Item item = Items.choice("B", "red", "red and blue", "blue");
        assertThat(check(item, "The answer is red and blue.").extracted()).isEqualTo("B");
        assertThat(check(item, "The answer is red.").extracted()).isEqualTo("A");
    }

    @Test
    void noAnswerIsIncorrect() {
        Correctness c = check(planets, "This question is a tricky one.\nI am not sure what to say about it at all.");
        assertThat(c.correct()).isFalse();
        assertThat(c.reason()).startsWith("no answer found");
    }
}
