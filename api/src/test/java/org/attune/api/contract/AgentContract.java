package org.attune.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.api.Turn;
import org.junit.jupiter.api.Test;

/** What every Agent must do (SPEC §2); each implementation extends this (the api test-jar). */
public abstract class AgentContract {
    protected abstract Agent agent();

    private AgentContext ctx(Condition c, List<Turn> transcript, int left, boolean mustAnswer) {
        return new AgentContext(ContractFixtures.TASK, ContractFixtures.ITEM, c, c.showsProfile() ? ContractFixtures.persona() : null,
                c.showsPreferences() ? ContractFixtures.active() : null, transcript, left, mustAnswer, "k|" + c.id());
    }

    @Test
    void answersAtOnceWhenItMustAnswer() {
        for (Condition c : Condition.values()) {
            AgentAction a = agent().act(ctx(c, List.of(), 0, true));
            assertThat(a.kind()).as(c.id()).isEqualTo(AgentAction.Kind.ANSWER);
            assertThat(a.text()).as(c.id()).isNotBlank();
        }
    }

    @Test
    void inDiscoveryItEventuallyAnswersWithinTheBudget() {
        List<Turn> transcript = new ArrayList<>();
        int left = 5;
        for (int step = 0; step < 6; step++) {
            AgentAction a = agent().act(ctx(Condition.DISCOVERY, transcript, left, left == 0));
            if (a.kind() == AgentAction.Kind.ANSWER) {
                assertThat(a.text()).isNotBlank();
                return;
            }
            assertThat(left).as("asked with no budget left").isPositive();
            assertThat(a.text()).isNotBlank();
            transcript.add(Turn.agent(a.text()));
            transcript.add(Turn.user("No strong preference about that.", List.of()));
            left--;
        }
        throw new AssertionError("the agent never answered");
    }

    @Test
    void isDeterministic() {
        for (Condition c : Condition.values()) {
            assertThat(agent().act(ctx(c, List.of(), 5, c != Condition.DISCOVERY)))
                    .isEqualTo(agent().act(ctx(c, List.of(), 5, c != Condition.DISCOVERY)));
        }
    }
}
