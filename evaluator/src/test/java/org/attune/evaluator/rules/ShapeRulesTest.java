package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Structure rules: layout, answer placement, recap, headings, paragraphs, sentence length, key terms. */
class ShapeRulesTest {
    static final String STEPS = "Add the prices of the two shirts together. That gives 30 dollars in total. "
            + "Then take away the 5 dollar coupon. So the bill comes to 25 dollars.";

    @Test
    void layoutConvertsBetweenProseBulletsAndSteps() {
        LayoutRule layout = new LayoutRule();
        String steps = layout.apply(STEPS, "numbered-steps");
        assertThat(steps).isEqualTo("1. Add the prices of the two shirts together.\n2. That gives 30 dollars in total.\n"
                + "3. Then take away the 5 dollar coupon.\n4. So the bill comes to 25 dollars.");
        String bullets = layout.apply(steps, "bullets");
        assertThat(bullets).startsWith("- Add the prices").contains("\n- So the bill");
        assertThat(layout.apply(bullets, "prose")).isEqualTo(STEPS);
        assertThat(layout.degree(steps, "prose")).isEqualTo(0.0);
        assertThat(layout.degree("Here is the plan:\n- one thing to do\n- another thing", "bullets")).isEqualTo(1.0);
    }

    @Test
    void noStepNumberComesAfterTheFinalNumber() {
        String out = new LayoutRule().apply("The total is 25 dollars. That settles the bill for both of them.",
                "numbered-steps");
        assertThat(out).isEqualTo("1. The total is 25 dollars. That settles the bill for both of them.");
    }

    @Test
    void answerFirstLeadsWithTheAnswerAsWritten() {
        AnswerPlacementRule placement = new AnswerPlacementRule();
        assertThat(placement.apply("We add them. Then we halve it. The answer is $\\boxed{\\frac{7}{2}}$.", "answer-first"))
                .startsWith("The answer is $\\boxed{\\frac{7}{2}}$.\n\nWe add them.");
        assertThat(placement.apply(STEPS, "answer-first"))
                .startsWith("Bottom line: the bill comes to 25 dollars.\n\nAdd the prices");
        assertThat(placement.degree(STEPS, "answer-last")).isEqualTo(1.0);
    }

    @Test
    void answerLastMovesEarlyStatementsAfterTheExplanation() {
        AnswerPlacementRule placement = new AnswerPlacementRule();
        String x = "The answer is 7. Two plus five makes seven. Nothing else adds up to it.";
        assertThat(placement.degree(x, "answer-last")).isEqualTo(0.0);
        assertThat(placement.apply(x, "answer-last"))
                .isEqualTo("Two plus five makes seven. Nothing else adds up to it.\n\nThe answer is 7.");
    }

    @Test
    void anEarlierWrongAnswerIsPartOfTheExplanation() {
        String x = "At first the answer is 8 looks right, but it double counts. The answer is 16.";
        assertThat(new AnswerPlacementRule().degree(x, "answer-last")).isEqualTo(1.0);
    }

    @Test
    void recapRepeatsTheAnswerOrTheClauseWithTheFinalNumber() {
        SummaryLineRule recap = new SummaryLineRule();
        assertThat(recap.apply(STEPS, "include")).endsWith("\n\nIn short, the bill comes to 25 dollars.");
        assertThat(recap.apply("Only B fits. Therefore, the answer is (B).", "include"))
                .endsWith("\n\nIn short, the answer is (B).");
        assertThat(recap.apply("Rest and drink water.\n\nIn short, rest.", "omit")).isEqualTo("Rest and drink water.\n\nRest.");
    }

    @Test
    void headingsAreAddedAroundTheAnswerAndRemovedWithoutLosingIt() {
        HeadingsRule headings = new HeadingsRule();
        String x = "Add 2 and 3 to get 5, then double it.\n\nThe answer is 10.";
        assertThat(headings.apply(x, "use")).isEqualTo("## Explanation\nAdd 2 and 3 to get 5, then double it.\n\n"
                + "## Answer\nThe answer is 10.");
        assertThat(headings.apply("## Working\nAdd them.\n#### 10", "none")).isEqualTo("Add them.\n#### 10");
    }

    @Test
    void paragraphsAreSplitIntoShortOnesOrMergedIntoFullOnes() {
        ParagraphSizeRule size = new ParagraphSizeRule();
        String one = "Sleep helps memory a lot. The brain replays the day. Weak links get pruned away. "
                + "Dreams come in a later stage. Naps help a little too.";
        String split = size.apply(one, "short");
        assertThat(split.split("\n\n")).hasSize(2);
        assertThat(size.degree(split, "long")).isEqualTo(0.0);
        assertThat(size.apply(split, "long")).isEqualTo(one);
    }

    @Test
    void sentencesAreSplitAtJointsOrJoinedWithAnd() {
        SentenceLengthRule length = new SentenceLengthRule();
        String longOne = "The train covers the first part of the route at eighty kilometres per hour, and it then "
                + "slows down for the steep climb into the mountains.";
        assertThat(length.apply(longOne, "short")).isEqualTo("The train covers the first part of the route at eighty "
                + "kilometres per hour. It then slows down for the steep climb into the mountains.");
        assertThat(length.apply("The train is fast. It is also quiet. People like it a lot.", "long")).startsWith(
                "The train is fast, and it is also quiet, and people like it a lot");
        assertThat(length.degree("This is a short one. Here is another short one.", "long")).isEqualTo(0.25);
    }

    @Test
    void keyTermsLineGlossesEveryTermUsed() {
        KeyTermsRule keys = new KeyTermsRule();
        String x = "The hypotenuse is 10 by the theorem, since both premises hold.";
        String out = keys.apply(x, "define");
        assertThat(out).endsWith("\n\nKey terms: hypotenuse (longest side of a right triangle); theorem (proven rule); "
                + "premise (starting fact).");
        assertThat(keys.degree(out, "skip")).isEqualTo(0.0);
        assertThat(keys.apply(out, "skip")).isEqualTo(x);
        assertThat(keys.degree("Nothing technical here.", "define")).isEqualTo(1.0);
    }
}
