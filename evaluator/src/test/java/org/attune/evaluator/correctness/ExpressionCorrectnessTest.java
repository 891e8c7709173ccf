package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.api.AnswerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionCorrectnessTest {
    private final AnswerCorrectnessChecker checker = AnswerCorrectnessChecker.create();

    private boolean correct(String gold, String response) {
        return checker.check(AnswerType.EXPRESSION, Items.gold(gold), response).correct();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\frac{7}{3}|The answer is \\frac{7}{3}.",
        "\\frac{7}{3}|The answer is $\\dfrac{7}{3}$.",
        "\\frac{7}{3}|\\boxed{\\tfrac73}",
        "\\frac{7}{3}|Answer: 7/3",
        "\\frac{7}{3}|Answer: 2.3333333",
        "2\\sqrt{5}|The answer is 2\\sqrt{5}.",
        "2\\sqrt{5}|The answer is 2 sqrt(5).",
        "2\\sqrt{5}|The answer is 2√5.",
        "2\\sqrt{5}|The answer is $2 \\cdot \\sqrt{5}$.",
        "2\\sqrt{5}|The answer is 2\\times\\sqrt5.",
        "x^2+1|The answer is x^{2} + 1.",
        "x^2+1|The answer is $x^2+1$.",
        "x^{n+1}|The answer is x^(n+1).",
        "\\frac{\\sqrt{3}}{2}|The answer is \\sqrt{3}/2.",
        "\\left( 3, \\frac{\\pi}{2} \\right)|The answer is (3, \\pi/2).",
        "(-\\infty, 0]|\\boxed{(-\\infty,0]}",
        "x=5|The answer is 5.",
        "5|The answer is x = 5.",
        "y = 2x + 3|The answer is y=2x+3.",
        "12|The answer is 12.0.",
        "-\\frac{1}{2}|The answer is -0.5.",
        "\\frac{-1}{2}|The answer is -1/2.",
        "10,\\!080|The answer is 10080.",
        "30^\\circ|The answer is 30°.",
        "\\text{(C)}|The answer is (C).",
        "\\text{east}|The answer is East.",
        "\\$18.90|The answer is $18.90.",
        "1\\frac{4}{5}|The answer is 1.8.",
    })
    void equalContent(String gold, String response) {
        assertThat(correct(gold, response)).as(response).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\frac{7}{3}|The answer is \\frac{3}{7}.",
        "\\frac{7}{3}|Answer: 2.33",
        "2\\sqrt{5}|The answer is 2\\sqrt{3}.",
        "x^2+1|The answer is x^2-1.",
        "x^{n+1}|The answer is x^n+1.",
        "(2,4)|The answer is [2,4].",
        "\\sqrt{2x}|The answer is \\sqrt{2}x.",
        "30^\\circ|The answer is 30 radians.",
    })
    void differentContent(String gold, String response) {
        assertThat(correct(gold, response)).as(response).isFalse();
    }

    @Test
    void unparseableIsIncorrect() {
        var c = checker.check(AnswerType.EXPRESSION, Items.gold("x"), "Let me think.\nIt is hard.");
        assertThat(c.correct()).isFalse();
        assertThat(c.reason()).startsWith("no answer found");
    }

    @Test
    void openItemsAreNotApplicable() {
        var c = checker.check(AnswerType.OPEN, Items.gold(null), "Anything");
        assertThat(c.correct()).isNull();
    }
}
