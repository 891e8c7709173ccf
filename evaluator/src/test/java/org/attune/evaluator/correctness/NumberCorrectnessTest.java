package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.api.AnswerType;
import org.attune.api.Correctness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberCorrectnessTest {
    private final AnswerCorrectnessChecker checker = AnswerCorrectnessChecker.create();

    private Correctness check(String gold, String response) {
        return checker.check(AnswerType.NUMBER, Items.gold(gold), response);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "18|So the answer is 18.",
        "18|\\boxed{18}",
        "18|Answer: 18",
        "18|The answer is: $18.00",
        "18|**Answer:** 18 dollars",
        "18|She earns 9 * 2 = 18",
        "1234|The final answer is 1,234.",
        "1,234|The final answer is 1234.",
        "0.75|The answer is 3/4.",
        "0.75|The answer is $\\frac{3}{4}$.",
        "0.75|The answer is \\dfrac{3}{4}.",
        "3/4|The answer is 0.75",
        "-5|The answer is -5.",
        "-5|The temperature drops to −5 degrees.",
        "45|The answer is 45%.",
        "2.5|The answer is 2.50 hours.",
        "70.0|\\boxed{70}",
        "0|The answer is 0.",
        "1500|The answer is 1.5e3.",
        "200000|The answer is 2 \\times 10^{5}.",
        "12|The answer is $12, paid up front.",
        "10004|The answer is 10,\\!004, not 9,990.",
    })
    void judgedCorrect(String gold, String response) {
        assertThat(check(gold, response).correct()).as(response).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "18|So the answer is 17.",
        "18|\\boxed{18.1}",
        "0.75|The answer is 75%.",
        "0|The answer is 0.001.",
        "5|The answer is -5.",
        "1234|The answer is 1,23.",
        "1450000|The answer is 1,450,001.",
    })
    void judgedIncorrect(String gold, String response) {
        assertThat(check(gold, response).correct()).as(response).isFalse();
    }

    /** Digits as models write them in CJK or mixed-script replies: full-width forms (U+FF10-FF19). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42|The answer is \uFF14\uFF12.",
        "42|\\boxed{\uFF14\uFF12}",
        "18|\u7B54\u6848\u662F \uFF11\uFF18\u3002",
    })
    void fullWidthDigitsAreRead(String gold, String response) {
        assertCorrect(gold, response);
    }

    /**
     * Thousands grouped with the typographic spaces of SI and French style (thin U+2009, narrow no-break
     * U+202F, no-break U+00A0), where the gold answer has plain digits.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1000|The answer is 1\u2009000.",
        "1000|The answer is 1\u202F000 apples.",
        "1250000|The answer is 1\u00A0250\u00A0000.",
        "70000|\\boxed{70\u202F000}",
    })
    void spaceGroupedThousandsAreRead(String gold, String response) {
        assertCorrect(gold, response);
    }

    @Test
    void aSpaceBeforeFewerOrMoreThanThreeDigitsStillSeparatesNumbers() {
        assertThat(check("12", "We need 3\u2009and 12.").correct()).isTrue();
        assertThat(check("1", "Pages 1\u202F23 and 1").correct()).isTrue();
        assertThat(check("3000000", "The answer is 3\u2009000000").correct()).isFalse();
    }

    private void assertCorrect(String gold, String text) {
        Correctness c = check(gold, text);
        assertThat(c.correct()).as(text + ": " + c.reason()).isTrue();
    }

    @Test
    void toleranceIsRelative() {
        assertThat(check("1000000", "The answer is 1000000.5").correct()).isTrue();
        assertThat(check("1", "The answer is 1.00001").correct()).isFalse();
        assertThat(check("0", "The answer is 0.0000005").correct()).isTrue();
    }

    @Test
    void boxedWinsOverLaterNumbers() {
        assertThat(check("12", "\\boxed{12}, which is 3 times 4").correct()).isTrue();
    }

    @Test
    void unparseableIsIncorrectWithReason() {
        Correctness c = check("12", "I cannot tell.");
        assertThat(c.correct()).isFalse();
        assertThat(c.extracted()).isNull();
        assertThat(c.reason()).startsWith("no answer found");
    }

    @Test
    void badGoldIsReported() {
        Correctness c = check("twelve", "The answer is 12.");
        assertThat(c.correct()).isFalse();
        assertThat(c.reason()).contains("is not a number");
    }

    @Test
    void aliasesCount() {
        assertThat(checker.check(AnswerType.NUMBER, Items.gold("12", "12.5"), "The answer is 12.5").correct()).isTrue();
    }

    @Test
    void reasonNamesTheMethod() {
        assertThat(check("18", "\\boxed{18}").reason()).contains("\\boxed{}");
        assertThat(check("18", "so 18 it is").reason()).contains("last number");
        assertThat(check("18", "The answer is 17.").reason()).contains("found 17").contains("gold answer is 18");
    }
}
