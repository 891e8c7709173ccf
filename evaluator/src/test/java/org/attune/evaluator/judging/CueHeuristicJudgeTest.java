package org.attune.evaluator.judging;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.api.Attribute;
import org.attune.api.CriterionScore;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.Test;

class CueHeuristicJudgeTest {
    private final Attribute worked = AttributeCatalog.builtin().get("worked-example");
    private final CueHeuristicJudge judge = new CueHeuristicJudge();

    @Test
    void scoresTheDistanceBetweenPresenceAndTarget() {
        String none = "The sum is 12.";
        String rich = "For example, suppose we double it. For instance, 2 becomes 4.";
        assertThat(judge.score(worked, "5", null, rich).score()).isEqualTo(5.0);
        assertThat(judge.score(worked, "5", null, none).score()).isEqualTo(1.0);
        assertThat(judge.score(worked, "1", null, none).score()).isEqualTo(5.0);
        assertThat(judge.score(worked, "1", null, rich).score()).isEqualTo(1.0);
        assertThat(judge.score(worked, "3", null, "For example, this.").score()).isEqualTo(5.0);
    }

    @Test
    void isRecordedAsHeuristicNeverAsAModel() {
        CriterionScore s = judge.score(worked, "4", null, "text");
        assertThat(s.kind()).isEqualTo(CriterionScore.HEURISTIC);
        assertThat(s.justification()).startsWith("cue heuristic");
    }

    @Test
    void cuesMatchWholeWordsOnly() {
        assertThat(CueHeuristicJudge.containsCue("that is it", "ha")).isFalse();
        assertThat(CueHeuristicJudge.containsCue("ha, nice", "ha")).isTrue();
        assertThat(CueHeuristicJudge.containsCue("see e.g. this", "e.g.")).isTrue();
    }
}
