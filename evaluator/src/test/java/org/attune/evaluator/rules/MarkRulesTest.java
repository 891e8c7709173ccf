package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules that add or remove marks: emoji, exclamation marks, bold, the greeting. */
class MarkRulesTest {
    @Test
    void emojiGoAfterTheOpeningSentenceOrAway() {
        EmojiRule emoji = new EmojiRule();
        assertThat(emoji.apply("Rest well tonight. Drink water.", "some")).isEqualTo("Rest well tonight. 🙂 Drink water.");
        assertThat(emoji.apply("Great job! 🎉 You did it. 👍", "none")).isEqualTo("Great job! You did it.");
        assertThat(emoji.degree("Two 🙂 marks 😀 here 🎉 and 👍 there 🚀", "none")).isEqualTo(0.0);
    }

    @Test
    void exclamationMarksAreNotFactorials() {
        ExclamationRule marks = new ExclamationRule();
        assertThat(marks.degree("There are 5! = 120 ways, and n! grows fast.", "calm")).isEqualTo(1.0);
        assertThat(marks.apply("That works! Great!! So 5! = 120.", "calm")).isEqualTo("That works. Great. So 5! = 120.");
        assertThat(marks.apply("The total is 25. That settles it for both of us.", "enthusiastic"))
                .isEqualTo("The total is 25. That settles it for both of us!");
        assertThat(marks.apply("The answer is 12.", "enthusiastic")).isEqualTo("The answer is 12. There we go!");
    }

    @Test
    void boldMarksAKeyWordOrGoesAway() {
        EmphasisRule bold = new EmphasisRule();
        assertThat(bold.apply("The hypotenuse of this triangle is long.", "bold"))
                .isEqualTo("The **hypotenuse** of this triangle is long.");
        assertThat(bold.apply("She bought 12 apples at the market.", "bold")).isEqualTo("She bought **12** apples at the market.");
        assertThat(bold.apply("**Note:** this is __very__ important.", "plain")).isEqualTo("Note: this is very important.");
    }

    @Test
    void greetingOpensOnItsOwnLineOrIsDropped() {
        GreetingRule hello = new GreetingRule();
        assertThat(hello.apply("The capital is Canberra.", "greet")).isEqualTo("Hi there,\n\nThe capital is Canberra.");
        assertThat(hello.apply("Hi there! The capital is Canberra.", "skip")).isEqualTo("The capital is Canberra.");
        assertThat(hello.apply("Hello, the capital is Canberra.", "skip")).isEqualTo("The capital is Canberra.");
        assertThat(hello.degree("History shows that...", "skip")).isEqualTo(1.0);
    }
}
