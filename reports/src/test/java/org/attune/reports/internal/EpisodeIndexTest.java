package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.api.Match;
import org.attune.api.Turn;
import org.attune.evaluator.Episode;
import org.junit.jupiter.api.Test;

class EpisodeIndexTest {
    private final List<Turn> dialogue = List.of(
            Turn.agent("Bullets or prose?"), Turn.user("Bullets, please.", List.of(new Match("layout", 0.7))),
            Turn.agent("Anything about emoji?"), Turn.user("No strong preference.", List.of(new Match("emoji", 0.5))));
    private final Episode generic = Fixtures.scored("i1", "p1", "generic", "a", 3.0, List.of());
    private final Episode discovery = Fixtures.scored("i1", "p1", "discovery", "a", 2.5, dialogue);
    private final Episode oracle = Fixtures.scored("i1", "p1", "oracle", "a", 4.0, List.of());
    private final Episode otherAgent = Fixtures.scored("i1", "p1", "discovery", "b", 1.0, List.of());
    private final Episode otherPair = Fixtures.scored("i2", "p1", "generic", "a", 5.0, List.of());
    private final Episode failed = Fixtures.errored("i1", "p1", "persona", "a");
    private final EpisodeIndex index = new EpisodeIndex(List.of(otherPair, oracle, failed, otherAgent, discovery, generic));

    @Test
    void comparesWithTheSameAgentsGenericAnswerOnTheSamePair() {
        assertThat(index.worseThanGeneric(discovery)).isTrue();
        assertThat(index.worseThanGeneric(oracle)).isFalse();
        assertThat(index.worseThanGeneric(generic)).isNull();
        assertThat(index.worseThanGeneric(otherAgent)).as("agent b has no generic answer").isNull();
        assertThat(index.worseThanGeneric(failed)).isNull();
        assertThat(index.genericAlignment(discovery)).isEqualTo(3.0);
    }

    @Test
    void siblingsAreTheSamePairInAgentThenConditionOrder() {
        assertThat(index.siblings(discovery)).containsExactly(generic, failed, discovery, oracle, otherAgent);
        assertThat(index.episodes()).hasSize(6).endsWith(otherPair);
    }

    @Test
    void anAttributeIsAskedWhenAUserTurnMatchedIt() {
        assertThat(EpisodeIndex.matched(discovery)).containsExactly("layout", "emoji");
        assertThat(EpisodeIndex.asked(discovery, "layout")).isTrue();
        assertThat(EpisodeIndex.asked(discovery, "word-budget")).isFalse();
        List<EpisodePage.Preference> prefs = EpisodePage.preferences(discovery, Catalogs.none());
        assertThat(prefs).extracting(EpisodePage.Preference::status)
                .containsExactly(EpisodePage.ASKED, EpisodePage.MISSED);
        assertThat(EpisodePage.preferences(oracle, Catalogs.none())).extracting(EpisodePage.Preference::status)
                .containsOnly(EpisodePage.GIVEN);
        assertThat(EpisodePage.preferences(generic, Catalogs.none())).extracting(EpisodePage.Preference::status)
                .containsOnly(EpisodePage.NOT_ELICITED);
    }
}
