package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.Match;
import org.attune.api.Turn;
import org.junit.jupiter.api.Test;

class ElicitationTest {
    private final ActivePreferences prefs = new ActivePreferences(List.of(
            new ActivePreference("layout", "bullets", 3, 0.5), new ActivePreference("emoji", "none", 3, 0.5)));

    @Test
    void recallAndPrecisionCountMatchedActiveAttributes() {
        List<Turn> turns = List.of(
                Turn.agent("bullets?"), Turn.user("yes", List.of(new Match("layout", 0.8))),
                Turn.agent("humor?"), Turn.user("no strong preference", List.of(new Match("humor", 0.7))),
                Turn.agent("answer?"), Turn.user("I don't know", List.of()));
        EpisodeScorer.Elicitation e = EpisodeScorer.elicitation(prefs, turns);
        assertThat(e.questions()).isEqualTo(3);
        assertThat(e.recall()).isEqualTo(0.5);
        assertThat(e.precision()).isEqualTo(1 / 3.0);
    }

    @Test
    void noQuestionsMeansNoPrecision() {
        EpisodeScorer.Elicitation e = EpisodeScorer.elicitation(prefs, List.of());
        assertThat(e.questions()).isZero();
        assertThat(e.recall()).isZero();
        assertThat(e.precision()).isNull();
    }
}
