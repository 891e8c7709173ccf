package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongitudinalSummaryTest {
    static final List<PreferenceWeight> TRUTH = List.of(new PreferenceWeight("layout", "bullets", 0.5),
            new PreferenceWeight("word-budget", "brief", 0.5));

    static Episode round(String learner, String persona, int round, int cost, String inferred, boolean failed) {
        Scores s = failed ? null : new Scores(4.0, List.of(), null, null, null, cost, cost / 100.0, "edited", cost == 0,
                null, null, null);
        return new Episode(Episode.SCHEMA, "t|i|" + persona + "|" + learner + "|" + round, "t", "i", persona,
                "longitudinal", learner, 1, "q", null, TRUTH, List.of(), "r", failed ? new ErrorInfo("X", "boom") : null,
                s, Map.of("agent", new RoleUsage(1, 10, 5)), 0.001, null, learner, round, inferred);
    }

    @Test
    void episodesModeRunsHaveNoLongitudinalFigures() {
        Episode plain = new Episode(Episode.SCHEMA, "k", "t", "i", "p", "generic", "a", 1, "q", null, TRUTH, List.of(),
                "r", null, null, Map.of(), 0, null, null, null, null);
        assertThat(LongitudinalSummary.of(List.of(plain))).isNull();
        assertThat(Summarizer.defaults(0).summarize("run", List.of(plain)).longitudinal()).isNull();
    }

    @Test
    void cumulativeCostBinsAndInferenceAccuracy() {
        List<Episode> eps = new ArrayList<>();
        for (int r = 1; r <= 40; r++) {
            // p1 pays 10 per round in the first bin, nothing after; p2 pays 2 every round
            eps.add(round("cipher-5", "p1", r, r <= 20 ? 10 : 0, r <= 20 ? "" : "layout=bullets; word-budget=brief",
                    false));
            eps.add(round("cipher-5", "p2", r, 2, "layout=bullets; emoji=none", false));
            eps.add(round("none", "p1", r, 30, "", false));
        }
        eps.add(round("oracle", "p1", 1, 0, "layout=bullets; word-budget=brief", false));
        eps.add(round("oracle", "p1", 2, 0, null, true));
        LongitudinalSummary s = LongitudinalSummary.of(eps);
        assertThat(s.binSize()).isEqualTo(20);
        assertThat(s.learners()).extracting(LongitudinalSummary.LearnerFigures::learner)
                .containsExactly("none", "oracle", "cipher-5");
        LongitudinalSummary.LearnerFigures c = s.learners().get(2);
        assertThat(c.streams()).isEqualTo(2);
        assertThat(c.editCost()).isEqualTo((200 + 80) / 2.0);
        assertThat(c.editCostNormalized()).isCloseTo((2.0 + 0.8) / 2, within(1e-9));
        assertThat(c.cumulative()).hasSize(40);
        assertThat(c.cumulative().get(0)).isEqualTo(6.0);
        assertThat(c.cumulative().get(39)).isEqualTo(140.0);
        assertThat(c.zeroEditShare()).containsExactly(0.0, 0.5);
        // p2 always: precision 1/2, recall 1/2, Jaccard 1/3; p1 first bin: nothing inferred (recall 0, Jaccard 0)
        assertThat(c.inferencePrecision()).isCloseTo((20 * 1.0 + 40 * 0.5) / 60, within(1e-9));
        assertThat(c.inferenceRecall()).isCloseTo((20 * 0 + 20 * 1.0 + 40 * 0.5) / 80, within(1e-9));
        assertThat(c.inferenceJaccard()).isCloseTo((20 * 1.0 + 40 / 3.0) / 80, within(1e-9));
        assertThat(c.inputTokens()).isEqualTo(800);
        assertThat(c.costUsd()).isCloseTo(0.08, within(1e-9));
        LongitudinalSummary.LearnerFigures o = s.learners().get(1);
        assertThat(o.errors()).isEqualTo(1);
        assertThat(o.episodes()).isEqualTo(2);
        assertThat(o.editCost()).isZero();
        assertThat(o.inferenceJaccard()).isEqualTo(1.0);
        assertThat(Summarizer.defaults(0).summarize("run", eps).longitudinal()).isEqualTo(s);
    }
}
