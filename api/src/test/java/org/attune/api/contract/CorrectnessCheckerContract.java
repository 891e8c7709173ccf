package org.attune.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.api.AnswerType;
import org.attune.api.Correctness;
import org.attune.api.CorrectnessChecker;
import org.junit.jupiter.api.Test;

/** What every CorrectnessChecker must do (SPEC §3): right, wrong or not applicable; each implementation extends this. */
public abstract class CorrectnessCheckerContract {
    protected abstract CorrectnessChecker checker();

    @Test
    void acceptsTheGoldAnswerAndRefusesAnother() {
        Correctness right = checker().check(AnswerType.NUMBER, ContractFixtures.ITEM, "She has 3 + 4 apples.\n\nThe answer is 7.");
        Correctness wrong = checker().check(AnswerType.NUMBER, ContractFixtures.ITEM, "She has 3 + 5 apples.\n\nThe answer is 8.");
        assertThat(right.correct()).as(right.reason()).isTrue();
        assertThat(wrong.correct()).as(wrong.reason()).isFalse();
    }

    @Test
    void anOpenItemHasNoCorrectness() {
        Correctness open = checker().check(AnswerType.OPEN, ContractFixtures.ITEM, "The answer is 7.");
        assertThat(open.correct()).isNull();
    }
}
