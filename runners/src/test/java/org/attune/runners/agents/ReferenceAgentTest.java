package org.attune.runners.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.api.Turn;
import org.attune.api.contract.AgentContract;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;
import org.attune.runners.Fixtures;
import org.junit.jupiter.api.Test;

class ReferenceAgentTest extends AgentContract {
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
    void discoveryUsesAValueThatFollowsANoPreferenceSentence() {
        String q = agent.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null,
                List.of(), 5, false, "k")).text();
        List<Turn> t = List.of(Turn.agent(q), Turn.user("No strong preference about where the answer goes. "
                + "I'd like a bulleted list of short points.", List.of()));
        String answer = agent.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null, t, 0,
                true, "k")).text();
        assertThat(answer).isNotEqualTo(Fixtures.ITEM.solution());
        assertThat(RulesLibrary.builtin().degree("layout", answer, "bullets")).isEqualTo(1.0);
    }

    @Test
    void questionSelectionIsPluggable() {
        var catalog = AttributeCatalog.builtin();
        Agent custom = new ReferenceAgent(catalog, RulesLibrary.builtin(), ctx -> List.of(catalog.get("emoji")));
        AgentAction first = custom.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null,
                List.of(), 5, false, "k"));
        assertThat(first.text().toLowerCase()).contains("emoji");
        List<Turn> t = List.of(Turn.agent(first.text()), Turn.user("A few emoji to keep it friendly.", List.of()));
        assertThat(custom.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null, t, 4,
                false, "k")).kind()).as("the plan is spent").isEqualTo(AgentAction.Kind.ANSWER);
    }

    @Test
    void lightPhrasesCarryExactlyOneOwnCueAndNoOtherJudgeAttributesCue() {
        var catalog = AttributeCatalog.builtin();
        ReferencePhrases phrases = ReferencePhrases.load();
        for (var e : phrases.byAttribute().entrySet()) {
            String light = e.getValue().light().toLowerCase();
            for (var a : catalog.all()) {
                long found = a.cues().stream().filter(c -> java.util.regex.Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(c.toLowerCase()) + "(?![\\p{L}\\p{N}])")
                        .matcher(light).find()).count();
                assertThat(found).as("%s light phrase: cues of %s", e.getKey(), a.id())
                        .isEqualTo(a.id().equals(e.getKey()) ? 1 : 0);
            }
        }
    }

    @Test
    void aMiddleWishGetsTheLightPhrase() {
        String light = ReferencePhrases.load().byAttribute().get("humor").light();
        assertThat(agent.personalize("Plain text.", java.util.Map.of("humor", "3"))).contains(light);
        assertThat(agent.personalize("Plain text.", java.util.Map.of("humor", "2"))).isEqualTo("Plain text.");
    }
}
