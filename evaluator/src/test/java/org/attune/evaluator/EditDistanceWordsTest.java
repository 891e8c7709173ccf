package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * SPEC §3's tokens on text as models write it: a contraction is split inside Markdown emphasis, and a
 * word of a script written with combining marks (Devanagari vowel signs, Arabic harakat) is one token.
 * Expected counts are from an independent word-level Levenshtein (the figure audit's own tokenizer).
 */
class EditDistanceWordsTest {
    @Test
    void contractionsSplitInsideUnderscoreEmphasis() {
        assertThat(EditDistance.tokens("I _don't_ know, _we'll_ see"))
                .containsExactly("I", "_", "do", "n't", "_", "know", ",", "_", "we", "'ll", "_", "see");
        // dropping the emphasis costs its two underscores, as it does with asterisks
        assertThat(EditDistance.words("I _don't_ know.", "I don't know.")).isEqualTo(2);
        assertThat(EditDistance.words("I *don't* know.", "I don't know.")).isEqualTo(2);
    }

    @Test
    void wordsWithCombiningMarksAreOneTokenEach() {
        assertThat(EditDistance.tokens("हिन्दी भाषा")).containsExactly("हिन्दी", "भाषा");
        assertThat(EditDistance.tokens("شُكْرًا لك")).containsExactly("شُكْرًا", "لك");
        assertThat(EditDistance.tokens("cafe\u0301, naïve")).containsExactly("cafe\u0301", ",", "naïve");
        // one Hindi word replaced is one edit, not one per vowel sign
        assertThat(EditDistance.words("यह हिन्दी भाषा है", "यह सरल भाषा है")).isEqualTo(1);
        assertThat(EditDistance.normalized("यह हिन्दी भाषा है", "यह सरल भाषा है")).isEqualTo(0.25);
    }

    @Test
    void asciiAndPatternTokenizersAgreeOnEmphasis() {
        String text = "_don't_ it's_ can't__ O'Brien_ 'tis";
        assertThat(EditDistance.patternTokens(text, new java.util.ArrayList<>()))
                .isEqualTo(EditDistance.tokens(text));
    }
}
