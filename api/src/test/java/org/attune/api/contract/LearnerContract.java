package org.attune.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.api.Attempt;
import org.attune.api.Learner;
import org.attune.api.Round;
import org.junit.jupiter.api.Test;

/** What every Learner must do (SPEC §5, longitudinal mode); each implementation extends this. */
public abstract class LearnerContract {
    /** A fresh learner (one stream). */
    protected abstract Learner learner();

    private static Round round(int n) {
        return new Round(n, ContractFixtures.TASK, ContractFixtures.ITEM, ContractFixtures.persona(), ContractFixtures.active());
    }

    @Test
    void respondsInEveryRoundAndTakesTheEditsInBetween() {
        Learner learner = learner();
        for (int n = 1; n <= 3; n++) {
            Attempt a = learner.attempt(round(n));
            assertThat(a).isNotNull();
            assertThat(a.response()).as("round " + n).isNotBlank();
            learner.learn(round(n), a, "- Ana has 3 apples.\n- She buys 4.\n- 7 apples.");
        }
    }

    @Test
    void twoFreshLearnersAnswerTheFirstRoundAlike() {
        assertThat(learner().attempt(round(1)).response()).isEqualTo(learner().attempt(round(1)).response());
    }
}
