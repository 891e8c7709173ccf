package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word-level rules: jargon, address, contractions, certainty, spelling, math notation. */
class WordRulesTest {
    final JargonRule jargon = new JargonRule();
    final AddressRule address = new AddressRule();
    final ContractionsRule contractions = new ContractionsRule();
    final CertaintyToneRule certainty = new CertaintyToneRule();
    final SpellingRule spelling = new SpellingRule();
    final MathNotationRule math = new MathNotationRule();

    @Test
    void plainWordsReplaceTermsAndFixTheArticle() {
        String out = jargon.apply("Hypertension is common, and an analgesic can raise it.", "plain");
        assertThat(out).isEqualTo("High blood pressure is common, and a painkiller can raise it.");
        assertThat(jargon.degree(out, "plain")).isEqualTo(1.0);
        assertThat(jargon.degree("Hypertension and tachycardia and an analgesic.", "plain")).isEqualTo(0.4);
    }

    @Test
    void technicalWordingUsesTermsAndNoEverydayParaphrase() {
        assertThat(jargon.apply("The longest side of a right triangle is 10, a whole number.", "technical"))
                .isEqualTo("The hypotenuse is 10, an integer.");
        assertThat(jargon.degree("High blood pressure, also called hypertension.", "technical")).isEqualTo(0.875);
        assertThat(jargon.apply("She walked home after the match.", "technical"))
                .isEqualTo("She walked home after the match, by deduction.");
        assertThat(jargon.apply("Yes.", "technical")).isEqualTo("Yes. This follows by deduction.");
    }

    @Test
    void theFinalAnswerStatementIsNotReworded() {
        String x = "We compare both sides. The answer is the hypotenuse.";
        assertThat(jargon.degree(x, "plain")).isEqualTo(1.0);
        assertThat(jargon.apply(x, "plain")).isEqualTo(x);
    }

    @Test
    void secondPersonTurnsWeIntoYouOrAddsAnOpener() {
        assertThat(address.apply("We multiply both sides by 2, and our result is 8.", "second-person"))
                .isEqualTo("You multiply both sides by 2, and your result is 8.");
        assertThat(address.apply("The bridge opened in 1921. So it is older than the tower.", "second-person"))
                .isEqualTo("The bridge opened in 1921. As you can see, it is older than the tower.");
    }

    @Test
    void impersonalWordingDropsYou() {
        String out = address.apply("You should rest, and if your fever rises you need to call a doctor. This helps you.",
                "impersonal");
        assertThat(out).isEqualTo("It is best to rest, and if one's fever rises it is necessary to call a doctor. "
                + "This helps one.");
        assertThat(address.degree(out, "impersonal")).isEqualTo(1.0);
        assertThat(address.degree(out, "second-person")).isEqualTo(0.0);
    }

    @Test
    void contractionsComeAndGo() {
        assertThat(contractions.apply("It is easy, and we do not need a calculator. That is why it works.", "casual"))
                .isEqualTo("It's easy, and we don't need a calculator. That's why it works.");
        assertThat(contractions.apply("It's easy and we don't need it; let's go, it's been done.", "formal"))
                .isEqualTo("It is easy and we do not need it; let us go, it has been done.");
        assertThat(contractions.degree("John's car is red.", "formal")).isEqualTo(1.0);
        assertThat(contractions.degree("I know what it is.", "casual")).isEqualTo(0.0);
        assertThat(contractions.apply("I know what it is.", "casual")).isEqualTo("I know what it is, and that's the key point.");
    }

    @Test
    void confidentWordingDropsHedgesAndHedgedWordingAddsOne() {
        assertThat(certainty.apply("I think the total is probably 12, and it seems to be right. This might help.",
                "confident")).isEqualTo("The total is 12, and it is right. This can help.");
        assertThat(certainty.apply("So the total is 12.", "hedged")).isEqualTo("So the total is most likely 12.");
        assertThat(certainty.apply("Add the two numbers.", "hedged")).isEqualTo("Most likely, add the two numbers.");
        assertThat(certainty.degree("Perhaps. Maybe. Possibly. Probably.", "confident")).isEqualTo(0.0);
    }

    @Test
    void spellingFollowsOneVariety() {
        assertThat(spelling.apply("The colour of the centre was analysed.", "american"))
                .isEqualTo("The color of the center was analyzed.");
        assertThat(spelling.apply("Color and Behavior.", "british")).isEqualTo("Colour and Behaviour.");
        assertThat(spelling.degree("Nothing to change here.", "british")).isEqualTo(1.0);
    }

    @Test
    void mathNotationConvertsExpressionsButKeepsTheBoxedAnswer() {
        String latex = "So $\\frac{3}{4} \\times 8 = 6$ and the answer is $\\boxed{6}$.";
        String plain = math.apply(latex, "plain");
        assertThat(plain).isEqualTo("So 3/4 × 8 = 6 and the answer is \\boxed{6}.");
        assertThat(math.degree(plain, "plain")).isEqualTo(1.0);
        assertThat(math.degree(plain, "latex")).isLessThan(1.0);
        assertThat(math.apply(plain, "latex")).isEqualTo("So $\\frac{3}{4} \\times 8 = 6$ and the answer is \\boxed{6}.");
        assertThat(math.degree("Take 2 tablets twice a day.", "latex")).isEqualTo(1.0);
    }
}
