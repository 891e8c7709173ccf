package org.attune.runners.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.api.contract.AgentContract;
import org.attune.runners.Fixtures;
import org.junit.jupiter.api.Test;

class PlainAgentTest extends AgentContract {
    @Override
    protected Agent agent() {
        return new PlainAgent();
    }

    @Test
    void givesTheSameAnswerInEveryConditionAndNeverAsks() {
        for (Condition c : Condition.values()) {
            AgentAction a = agent().act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, c, Fixtures.persona(),
                    Fixtures.active(), List.of(), 5, false, "k"));
            assertThat(a).isEqualTo(AgentAction.answer(Fixtures.ITEM.solution()));
        }
    }
}
