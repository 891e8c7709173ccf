package org.attune.runners.agents.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.api.PredictedPreference;
import org.attune.api.Turn;
import org.attune.api.contract.AgentContract;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;
import org.attune.runners.Fixtures;
import org.junit.jupiter.api.Test;

class PepAgentTest extends AgentContract {
    private static final String KEY = "fixture-math|sum-1|p001|discovery@3|builtin:pep|1";
    private final AttributeCatalog catalog = AttributeCatalog.builtin();
    private final PepAgents agents = new PepAgents(catalog, RulesLibrary.builtin(), PersonaLibrary.builtin(),
            new PepSetup(0, 5, List.of("p001"), List.of()));

    @Override
    protected Agent agent() {
        return agents.agent("builtin:pep");
    }

    private AgentContext discovery(List<Turn> turns, int left) {
        return new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null, turns, left, left == 0, KEY);
    }

    @Test
    void questionsAreTheAttributesQuestionHints() {
        AgentAction a = agent().act(discovery(List.of(), 3));
        assertThat(a.kind()).isEqualTo(AgentAction.Kind.ASK);
        List<String> hints = new ArrayList<>();
        catalog.all().forEach(x -> hints.addAll(x.questionHints()));
        String rest = a.text();
        for (String h : hints) {
            rest = rest.replace(h, "");
        }
        assertThat(rest.strip()).as("every part of the message is a hint: " + a.text()).isEmpty();
    }

    @Test
    void afterTheBudgetItActsOnRevealedAndPredictedPreferencesAndRecordsThem() {
        List<Turn> turns = new ArrayList<>();
        String q = agent().act(discovery(turns, 1)).text();
        turns.add(Turn.agent(q));
        // the person wants bullets and has no view on anything else asked
        turns.add(Turn.user("Thanks for asking. I'd like a bulleted list of short points."
                + " No strong preference about length.", List.of()));
        AgentAction a = agent().act(discovery(turns, 0));
        assertThat(a.kind()).isEqualTo(AgentAction.Kind.ANSWER);
        List<PredictedPreference> profile = a.predicted();
        assertThat(profile).isNotEmpty();
        if (q.contains("list") || q.contains("ullet")) { // layout was asked
            assertThat(profile.get(0)).isEqualTo(new PredictedPreference("layout", "bullets", 1.0,
                    PredictedPreference.REVEALED));
            assertThat(a.text()).contains("- ");
        }
        assertThat(profile).extracting(PredictedPreference::attribute).doesNotContain("word-budget");
        assertThat(profile.stream().filter(p -> p.source().equals(PredictedPreference.PREDICTED)))
                .isNotEmpty().allSatisfy(p -> assertThat(p.probability()).isBetween(0.0, 1.0));
        // profile completion fills up to the population's number of active preferences (five)
        assertThat(profile).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void strategiesAskDifferentlyFromTheSamePriors() {
        String gain = agents.agent("builtin:pep").act(discovery(List.of(), 3)).text();
        String fixed = agents.agent("builtin:pep@fixed").act(discovery(List.of(), 3)).text();
        String random = agents.agent("builtin:pep@random").act(discovery(List.of(), 3)).text();
        assertThat(random).isNotEqualTo(fixed);
        assertThat(gain).isNotBlank();
    }

    @Test
    void theSameTranscriptGivesTheSameNextQuestion() {
        Agent random = agents.agent("builtin:pep@random");
        String q1 = random.act(discovery(List.of(), 3)).text();
        List<Turn> turns = List.of(Turn.agent(q1), Turn.user("No strong preference about that.", List.of()));
        assertThat(random.act(discovery(turns, 2))).isEqualTo(random.act(discovery(turns, 2)));
        assertThat(random.act(discovery(turns, 2)).text()).isNotEqualTo(q1);
    }

    @Test
    void outsideDiscoveryItAnswersAsTheReferenceAgent() {
        AgentContext oracle = new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.ORACLE, null, Fixtures.active(),
                List.of(), 0, true, "k");
        assertThat(agent().act(oracle).text()).isEqualTo(new org.attune.runners.agents.ReferenceOperators(catalog,
                RulesLibrary.builtin(), PersonaLibrary.builtin()).agent().act(oracle).text());
    }
}
