package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.PredictedPreference;
import org.junit.jupiter.api.Test;

class ElicitationCurvesTest {
    static Episode ep(String item, String condition, String agent, double alignment, double recall,
                      List<PredictedPreference> profile) {
        Scores s = new Scores(alignment, List.of(), true, "1", null, 0, 0.0, "e", true, 1, recall, 1.0);
        return new Episode(Episode.SCHEMA, Episode.key("t", item, "p", condition, agent, 1), "t", item, "p", condition,
                agent, 1, "q", "1", List.of(new PreferenceWeight("layout", "bullets", 0.5),
                        new PreferenceWeight("emoji", "none", 0.5)), List.of(), "r", null, s, null, 0, null, null, null,
                null, List.of(), List.of(), null, java.util.Map.of(), 0, profile);
    }

    static PredictedPreference pp(String attribute, String value) {
        return new PredictedPreference(attribute, value, 0.5, PredictedPreference.PREDICTED);
    }

    @Test
    void aSweepGivesOneCurvePointPerAgentAndBudget() {
        List<Episode> eps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // profile: layout right, emoji wrong value, humor not active -> precision 1/3, recall 1/2
            eps.add(ep("i" + i, "discovery@2", "pep", 3 + i % 2, 0.5,
                    List.of(pp("layout", "bullets"), pp("emoji", "some"), pp("humor", "1"))));
            eps.add(ep("i" + i, "discovery@10", "pep", 4, 1.0, List.of(pp("layout", "bullets"), pp("emoji", "none"))));
            eps.add(ep("i" + i, "discovery@2", "ref", 2, i < 3 ? 0.0 : 0.5, List.of()));
            eps.add(ep("i" + i, "discovery", "ref", 2, 0.5, List.of()));
            eps.add(ep("i" + i, "generic", "ref", 2, 0.5, List.of()));
        }
        Summary s = Summarizer.defaults(0).summarize("r", eps);
        assertThat(s.elicitation()).extracting(e -> e.agent() + "@" + e.budget())
                .containsExactly("pep@2", "pep@10", "ref@2");
        ElicitationSummary pep2 = s.elicitation().get(0);
        assertThat(pep2.condition()).isEqualTo("discovery@2");
        assertThat(pep2.episodes()).isEqualTo(6);
        assertThat(pep2.alignment().mean()).isCloseTo(3.5, offset(1e-9));
        assertThat(pep2.recall().mean()).isCloseTo(0.5, offset(1e-9));
        assertThat(pep2.profilePrecision()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(pep2.profileRecall()).isCloseTo(0.5, offset(1e-9));
        assertThat(s.elicitation().get(1).profilePrecision()).isEqualTo(1.0);
        ElicitationSummary ref = s.elicitation().get(2);
        assertThat(ref.profilePrecision()).isNull();
        assertThat(ref.recall().lo()).isLessThan(ref.recall().mean()).isGreaterThanOrEqualTo(0.0);
        assertThat(ref.recall().hi()).isGreaterThan(ref.recall().mean());
        // groups of a sweep sort by budget, after generic
        assertThat(s.groups()).extracting(g -> g.agent() + " " + g.condition())
                .containsExactly("pep discovery@2", "pep discovery@10", "ref generic", "ref discovery", "ref discovery@2");
    }

    @Test
    void noSweepNoCurves() {
        Summary s = Summarizer.defaults(0).summarize("r", List.of(ep("i", "discovery", "a", 3, 0.5, List.of())));
        assertThat(s.elicitation()).isEmpty();
    }
}
