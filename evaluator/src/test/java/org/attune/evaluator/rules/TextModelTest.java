package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The block and sentence model every rule reads: exact round trips and sensible boundaries. */
class TextModelTest {
    @Test
    void parsingAndRenderingGivesBackEveryCorpusTextExactly() {
        for (Map.Entry<String, String> e : Corpus.load().entrySet()) {
            assertThat(Doc.parse(e.getValue()).render()).as(e.getKey()).isEqualTo(e.getValue());
            for (Doc.Block b : Doc.parse(e.getValue()).blocks) {
                if (b.hasSentences()) {
                    assertThat(Para.of(b.body).render()).as(e.getKey()).isEqualTo(b.body);
                }
            }
        }
    }

    @Test
    void blocksAreHeadingsItemsMathAndParagraphs() {
        Doc d = Doc.parse("## Plan\n1. Add.\n2. Divide.\n\n$$x^2$$\n\nDone.\n#### 42");
        assertThat(d.blocks).extracting(b -> b.kind).containsExactly(Doc.Kind.HEADING, Doc.Kind.ITEM, Doc.Kind.ITEM,
                Doc.Kind.MATH, Doc.Kind.PARAGRAPH, Doc.Kind.TAG);
    }

    @Test
    void displayMathOpenedInAParagraphStaysInIt() {
        Doc d = Doc.parse("Plugging in, we get $$\n\\frac{1}{2}\n= 3\n$$\n\nNext.");
        assertThat(d.blocks).hasSize(2);
        assertThat(d.blocks.get(0).body).endsWith("$$");
    }

    @Test
    void sentencesSplitOnEndMarksButNotOnAbbreviationsDecimalsOrMath() {
        Para p = Para.of("It costs 3.50 dollars, e.g. at noon. Then $x = 1. 5$ holds! Why? Fine.");
        assertThat(p.sents).containsExactly("It costs 3.50 dollars, e.g. at noon.", "Then $x = 1. 5$ holds!", "Why?",
                "Fine.");
    }

    @Test
    void moneySignsAreNotMath() {
        assertThat(Spans.of("It costs $5 and $10 in total.")).isEmpty();
        assertThat(Spans.of("So $x = 5$ here.")).containsExactly(new Spans.Range(3, 10));
    }

    @Test
    void rolesTellStatementsFromTheExplanation() {
        Outline o = Outline.of("Hi there!\n\nAt first the answer is 8 looks right. But 12 + 4 = 16. The answer is 16.\n\n"
                + "In short, the answer is 16.");
        List<Outline.Role> roles = o.sents.stream().map(Outline.Sent::role).toList();
        assertThat(roles).containsExactly(Outline.Role.GREETING, Outline.Role.ORDINARY, Outline.Role.ORDINARY,
                Outline.Role.STATEMENT, Outline.Role.RECAP);
    }

    @Test
    void answersAreFoundInTheOrderOfTheSpec() {
        assertThat(Answers.find("The answer is 3. So \\boxed{4}.").raw()).isEqualTo("4");
        assertThat(Answers.find("We get 5. The answer is 7, clearly. Then 9.").raw()).isEqualTo("7, clearly");
        assertThat(Answers.find("1. Add 2 and 3.\n2. Done.").raw()).isEqualTo("3");
        assertThat(Answers.find("Above 140/90, then stop.").raw()).isEqualTo("140/90");
        assertThat(Answers.find("No digits here.").kind()).isEqualTo(Answers.Kind.NONE);
    }

    @Test
    void wordsCountMathSpansOnceAndSkipMarkup() {
        assertThat(Words.count("**Add** $\\frac{1}{2}$ and 3 - 1.")).isEqualTo(5);
    }

    @Test
    void mathConvertsBothWays() {
        assertThat(MathText.toPlain("So $\\frac{3}{4} + x^{2} \\le \\sqrt{2}$ and \\boxed{\\dfrac{1}{2}}."))
                .isEqualTo("So 3/4 + x^2 ≤ sqrt(2) and \\boxed{1/2}.");
        assertThat(MathText.toLatex("Then 3/4 + x^2 <= 5 and w(w + 3) = 40."))
                .isEqualTo("Then $\\frac{3}{4} + x^2 \\le 5$ and $w(w + 3) = 40$.");
    }
}
