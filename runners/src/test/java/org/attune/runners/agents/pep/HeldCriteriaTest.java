package org.attune.runners.agents.pep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeldCriteriaTest {
    @Test
    void recordsOfOneProblemShareAGroup() {
        assertThat(HeldCriteria.groupOf("problem_12_persona_3")).isEqualTo("problem_12");
        assertThat(HeldCriteria.groupOf("problem_12_persona_40")).isEqualTo("problem_12");
        assertThat(HeldCriteria.groupOf("problem_012")).isEqualTo("problem_12");
        assertThat(HeldCriteria.groupOf("problem_1_persona_3")).isNotEqualTo(HeldCriteria.groupOf("problem_12_persona_3"));
    }

    @Test
    void anIdOfAnotherShapeIsAGroupOfItsOwn() {
        assertThat(HeldCriteria.groupOf("pd-sample-001")).isEqualTo("pd-sample-001");
        assertThat(HeldCriteria.groupOf("problems_3")).isEqualTo("problems_3");
    }
}
