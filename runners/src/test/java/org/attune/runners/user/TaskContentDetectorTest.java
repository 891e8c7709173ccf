package org.attune.runners.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskContentDetectorTest {

    @Test
    void cuesFireOnQuestionsAboutTheAnswer() {
        assertThat(TaskContentDetector.hasCue("Is it 3/4?")).isTrue();
        assertThat(TaskContentDetector.hasCue("Is the answer C?")).isTrue();
        assertThat(TaskContentDetector.hasCue("Which option should we go with?")).isTrue();
        assertThat(TaskContentDetector.hasCue("What's the correct answer?")).isTrue();
        assertThat(TaskContentDetector.hasCue("How do I solve it?")).isTrue();
        assertThat(TaskContentDetector.hasCue("What does the problem mean by torque?")).isTrue();
    }

    @Test
    void aProposedAnswerIsAYesNoQuestionEndingOnANameOrNumberWithoutSpeakers() {
        assertThat(TaskContentDetector.isGuess("Was the treaty signed in 1648?")).isTrue();
        assertThat(TaskContentDetector.isGuess("Is the largest planet Jupiter?")).isTrue();
        assertThat(TaskContentDetector.isGuess("Is LaTeX fine?")).isFalse();
        assertThat(TaskContentDetector.isGuess("Is it raining in Oslo where you are?")).isFalse();
        assertThat(TaskContentDetector.isGuess("What is 2 plus 2?")).isFalse();
    }

    @Test
    void cuesStayQuietOnPreferenceQuestions() {
        assertThat(TaskContentDetector.hasCue("Is it a problem if I use emoji?")).isFalse();
        assertThat(TaskContentDetector.hasCue("Do you want the answer at the start or the end?")).isFalse();
        assertThat(TaskContentDetector.hasCue("Would a second way of solving it help?")).isFalse();
    }
}
