package org.attune.runners.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    @Test
    void splitsOnQuestionMarksSemicolonsAndJoinedQuestions() {
        assertThat(ClauseSplitter.split("How long should it be? And may I use emoji?"))
                .containsExactly("How long should it be?", "may I use emoji?");
        assertThat(ClauseSplitter.split("Do you like tables; also, should I add headings?"))
                .containsExactly("Do you like tables;", "should I add headings?");
        assertThat(ClauseSplitter.split("Should I be brief, or would you like detail, and also do you want a summary?"))
                .containsExactly("Should I be brief", "would you like detail", "do you want a summary?");
    }

    @Test
    void keepsAQuestionWhoseConjunctionJoinsWordsWhole() {
        assertThat(ClauseSplitter.split("Do you prefer tea or coffee and cake?"))
                .containsExactly("Do you prefer tea or coffee and cake?");
        assertThat(ClauseSplitter.split("  ")).isEmpty();
    }

    @Test
    void framingIsLeftOutOfTheQuestions() {
        assertThat(ClauseSplitter.split("Great question! Before I answer, how long should it be?"))
                .containsExactly("how long should it be?");
        assertThat(ClauseSplitter.split("Hi there! To tailor this for you: do you like emoji?")).containsExactly("do you like emoji?");
        assertThat(ClauseSplitter.split("Before I dive in: Thanks!")).isEmpty();
        assertThat(ClauseSplitter.stripFraming("Quick question about layout: lists or prose?"))
                .isEqualTo("Quick question about layout: lists or prose?");
    }

    @Test
    void aSemicolonInsideAWordDoesNotSplit() {
        assertThat(ClauseSplitter.split("Would a TL;DR help?")).containsExactly("Would a TL;DR help?");
    }

    @Test
    void conjunctsSplitOneClauseOnAndOrPlus() {
        assertThat(ClauseSplitter.conjuncts("Would you like headings and a recap?"))
                .containsExactly("Would you like headings", "a recap?");
        assertThat(ClauseSplitter.conjuncts("Tables, plus a diagram?")).containsExactly("Tables", "a diagram?");
        assertThat(ClauseSplitter.conjuncts("Is a table fine?")).containsExactly("Is a table fine?");
    }
}
