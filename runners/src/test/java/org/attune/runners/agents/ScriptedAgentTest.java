package org.attune.runners.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.api.Turn;
import org.attune.api.contract.AgentContract;
import org.attune.personas.InvalidInputException;
import org.attune.runners.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptedAgentTest extends AgentContract {
    @Override
    protected Agent agent() {
        return new ScriptedAgent(List.of("Bullets or prose?", "How long?"), "The answer is 7.");
    }

    @Test
    void asksItsQuestionsInOrderThenAnswers() {
        Agent a = agent();
        AgentContext c0 = new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null, List.of(), 5, false, "k");
        assertThat(a.act(c0)).isEqualTo(AgentAction.ask("Bullets or prose?"));
        AgentContext c1 = new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null,
                List.of(Turn.agent("Bullets or prose?"), Turn.user("Bullets.", List.of())), 4, false, "k");
        assertThat(a.act(c1)).isEqualTo(AgentAction.ask("How long?"));
        AgentContext c2 = new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null,
                List.of(Turn.agent("a"), Turn.user("b", List.of()), Turn.agent("c"), Turn.user("d", List.of())), 3, false, "k");
        assertThat(a.act(c2)).isEqualTo(AgentAction.answer("The answer is 7."));
    }

    @Test
    void loadsYamlAndRejectsAFileWithoutAnAnswer(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("s.yaml");
        Files.writeString(ok, "questions: [\"Lists?\"]\nanswer: \"The answer is 7.\"\n");
        assertThat(ScriptedAgent.load(ok).act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.GENERIC, null,
                null, List.of(), 0, true, "k")).text()).isEqualTo("The answer is 7.");
        Path bad = dir.resolve("b.json");
        Files.writeString(bad, "{\"questions\": [1, {}]}");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ScriptedAgent.load(bad));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).isEqualTo(bad + ": answer: is required"));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).startsWith(bad + ": questions[1]: expected a non-blank string"));
    }
}
