package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.api.Condition;
import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;

class PlannedConditionTest {
    @Test
    void aBudgetIsPartOfTheLabelAndRoundTrips() {
        PlannedCondition c = PlannedCondition.parse("discovery@3");
        assertThat(c.condition()).isEqualTo(Condition.DISCOVERY);
        assertThat(c.budget()).isEqualTo(3);
        assertThat(c.label()).isEqualTo("discovery@3");
        assertThat(PlannedCondition.parse("oracle").label()).isEqualTo("oracle");
        assertThat(PlannedCondition.parse("discovery").budget()).isNull();
    }

    @Test
    void budgetsReplaceDiscoveryByOneConditionPerBudgetInOrder() {
        assertThat(PlannedCondition.withBudgets(List.of("generic", "discovery", "oracle"), List.of("5", "0", "3", "3")))
                .containsExactly("generic", "discovery@0", "discovery@3", "discovery@5", "oracle");
        assertThat(PlannedCondition.withBudgets(List.of("generic", "discovery"), List.of()))
                .containsExactly("generic", "discovery");
    }

    @Test
    void badBudgetsAreInputErrorsThatSayWhatToDo() {
        assertThatThrownBy(() -> PlannedCondition.withBudgets(List.of("generic", "oracle"), List.of("1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("add discovery to --conditions");
        assertThatThrownBy(() -> PlannedCondition.withBudgets(List.of("discovery"), List.of("two")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--budgets").hasMessageContaining("\"two\"");
        assertThatThrownBy(() -> PlannedCondition.withBudgets(List.of("discovery"), List.of("51")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("0-50");
        assertThatThrownBy(() -> PlannedCondition.parse("oracle@2"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only discovery");
    }

    @Test
    void theBudgetIsPartOfTheEpisodeKey() {
        var spec = new EpisodeSpec(org.attune.runners.Fixtures.TASK, org.attune.runners.Fixtures.ITEM,
                org.attune.runners.Fixtures.persona(), org.attune.runners.Fixtures.active(), Condition.DISCOVERY,
                "builtin:pep", 1, 3);
        assertThat(spec.key()).contains("|discovery@3|builtin:pep|1");
        assertThat(spec.conditionLabel()).isEqualTo("discovery@3");
    }
}
