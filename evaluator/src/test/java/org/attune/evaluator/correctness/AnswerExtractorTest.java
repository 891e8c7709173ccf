package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.api.AnswerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerExtractorTest {

    @Test
    void lastBalancedBoxWins() {
        String r = "First try \\boxed{3}. Actually \\boxed{\\frac{7}{3}} is right. The answer is 5.";
        assertThat(AnswerExtractor.extract(AnswerType.EXPRESSION, r)).isEqualTo("\\frac{7}{3}");
    }

    @Test
    void aLatexThinSpaceDoesNotEndTheAnswerPhrase() {
        assertThat(AnswerExtractor.extract(AnswerType.EXPRESSION, "Answer: 11,\\! 111,\\! 100"))
                .isEqualTo("11,\\! 111,\\! 100");
        assertThat(AnswerExtractor.extract(AnswerType.EXPRESSION, "The answer is 7! Great.")).isEqualTo("7");
    }

    @Test
    void unbalancedBoxIsIgnored() {
        assertThat(AnswerExtractor.extract(AnswerType.NUMBER, "\\boxed{12} then \\boxed{13")).isEqualTo("12");
    }

    @Test
    void boxedWithNestedBraces() {
        assertThat(AnswerExtractor.extract(AnswerType.EXPRESSION, "So $\\boxed{\\left( 3, \\frac{\\pi}{2} \\right)}$."))
                .isEqualTo("\\left( 3, \\frac{\\pi}{2} \\right)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "She has 3 left, so the answer is 18.|18",
        "The answer is: 18|18",
        "Final answer: 18|18",
        "**Answer:** 18|18",
        "**Answer**: $18|18",
        "The correct answer is 1,234 dollars.|1,234",
        "The answer to the first part is 7.|7",
        "Answer:\\n\\n42|42",
        "The answer is therefore -4.5.|-4.5",
        "The answer is below.\\nWe get 3 apples and 9 pears.|9",
        "I bought 3 apples and 4 pears for $2.50 each, 7 items.|7",
        "The answer is \\frac{3}{4} of the cake.|\\frac{3}{4}",
        "The answer is 3/4.|3/4",
    })
    void numberPhrasings(String response, String expected) {
        assertThat(AnswerExtractor.extract(AnswerType.NUMBER, response.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @Test
    void lastPhraseWins() {
        String r = "Someone might say the answer is 12. But the answer is 14.";
        assertThat(AnswerExtractor.extract(AnswerType.NUMBER, r)).isEqualTo("14");
    }

    @Test
    void phraseCutsAtSentenceEndButNotInsideNumbersOrBraces() {
        assertThat(AnswerExtractor.extract(AnswerType.TEXT, "The answer is Paris. It is the capital."))
                .isEqualTo("Paris");
        assertThat(AnswerExtractor.extract(AnswerType.EXPRESSION, "The answer is 2.5. Done."))
                .isEqualTo("2.5");
        assertThat(AnswerExtractor.extract(AnswerType.EXPRESSION, "The answer is $\\frac{1}{2}$. Done."))
                .isEqualTo("\\frac{1}{2}");
        assertThat(AnswerExtractor.extract(AnswerType.EXPRESSION, "The answer is \\text{Mr. Smith}."))
                .isEqualTo("\\text{Mr. Smith}");
    }

    @Test
    void choiceCuesAndMentions() {
        assertThat(AnswerExtractor.extract(AnswerType.CHOICE, "I would choose (B) here.")).isEqualTo("(B) here");
        assertThat(AnswerExtractor.extract(AnswerType.CHOICE, "The correct option is C.")).isEqualTo("C");
        assertThat(AnswerExtractor.extract(AnswerType.CHOICE, "Looking at it again, option D fits."))
                .isEqualTo("(D)");
        assertThat(AnswerExtractor.extract(AnswerType.CHOICE, "Reasoning here.\nB is correct since it fits."))
                .isEqualTo("(B)");
        assertThat(AnswerExtractor.extract(AnswerType.CHOICE, "Reasoning here.\n\n**C**")).isEqualTo("(C)");
    }

    @Test
    void nothingToFind() {
        assertThat(AnswerExtractor.extract(AnswerType.NUMBER, "No idea, sorry.")).isNull();
        assertThat(AnswerExtractor.extract(AnswerType.CHOICE, "A long reasoning that is a bit unsure.\nSo hard."))
                .isNull();
        assertThat(AnswerExtractor.extract(AnswerType.TEXT, "line one\nline two")).isNull();
        assertThat(AnswerExtractor.extract(AnswerType.OPEN, "The answer is 4.")).isNull();
        assertThat(AnswerExtractor.extract(AnswerType.NUMBER, "  ")).isNull();
    }

    @Test
    void shortResponseIsItsOwnAnswer() {
        assertThat(AnswerExtractor.extract(AnswerType.TEXT, "Paris")).isEqualTo("Paris");
        assertThat(AnswerExtractor.extract(AnswerType.EXPRESSION, "$x^2+1$")).isEqualTo("x^2+1");
    }
}
