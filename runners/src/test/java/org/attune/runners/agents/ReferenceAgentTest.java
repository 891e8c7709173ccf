package org.attune.runners.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.evaluator.Turn;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;
import org.attune.runners.Agent;
import org.attune.runners.AgentAction;
import org.attune.runners.AgentContext;
import org.attune.runners.AgentContractTest;
import org.attune.runners.Condition;
import org.attune.runners.Fixtures;
import org.junit.jupiter.api.Test;

class ReferenceAgentTest extends AgentContractTest {
    private final ReferenceAgent agent = new ReferenceAgent(AttributeCatalog.builtin(), RulesLibrary.builtin(),
            PersonaLibrary.of(List.of(Fixtures.persona())));

    @Override
    protected Agent agent() {
        return agent;
    }

    @Test
    void genericIsTheReferenceSolution() {
        AgentAction a = agent.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.GENERIC, null, null,
                List.of(), 0, true, "k"));
        assertThat(a.text()).isEqualTo(Fixtures.ITEM.solution());
    }

    @Test
    void discoveryAsksFirstAboutWhatThePopulationCaresAboutMost() {
        // in the one-persona population, layout has the highest importance (5)
        AgentAction a = agent.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null,
                List.of(), 5, false, "k"));
        assertThat(a.kind()).isEqualTo(AgentAction.Kind.ASK);
        assertThat(new PopulationPriorPlan(AttributeCatalog.builtin(), PersonaLibrary.of(List.of(Fixtures.persona())))
                .forDomain("math").get(0).id()).isEqualTo("layout");
        assertThat(a.text().toLowerCase()).contains("layout");
    }

    @Test
    void discoveryUsesWhatItLearned() {
        String q = agent.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null,
                List.of(), 5, false, "k")).text();
        List<Turn> t = List.of(Turn.agent(q), Turn.user("Thanks for asking. I'd like a bulleted list of short points.", List.of()));
        AgentAction a = agent.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null, t, 0,
                true, "k"));
        assertThat(a.kind()).isEqualTo(AgentAction.Kind.ANSWER);
        // the learned value reaches the rules library (operators are exercised in the rules tests)
        assertThat(ReplyReader.value(AttributeCatalog.builtin().get("layout"), t.get(1).text())).isEqualTo("bullets");
    }

    @Test
    void oracleAddsPhrasesForStrongJudgeWishes() {
        AgentAction a = agent.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.ORACLE, null,
                Fixtures.active(), List.of(), 0, true, "k"));
        assertThat(a.text().toLowerCase()).contains("right track");
    }

    @Test
    void replyReaderFindsScaleValuesAndIgnoresNoPreference() {
        var enc = AttributeCatalog.builtin().get("encouragement");
        assertThat(ReplyReader.value(enc, "For encouragement, I'd say " + enc.describe("5") + ".")).isEqualTo("5");
        assertThat(ReplyReader.value(enc, "For encouragement, I'd say " + enc.describe("1") + ".")).isEqualTo("1");
        assertThat(ReplyReader.value(enc, "For encouragement, I'd say " + enc.describe("2") + ".")).isEqualTo("2");
        assertThat(ReplyReader.value(enc, "No strong preference about encouragement.")).isNull();
    }
}
