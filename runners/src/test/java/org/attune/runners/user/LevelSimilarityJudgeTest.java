package org.attune.runners.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attune.api.Attribute;
import org.attune.api.Category;
import org.attune.api.CheckKind;
import org.attune.api.CriterionScore;
import org.attune.api.Judge;
import org.junit.jupiter.api.Test;

/** The offline judgement of a rubric criterion follows the rubric's own level descriptions. */
class LevelSimilarityJudgeTest {
    static final Attribute SAILING = new Attribute("pd-sailing-analogies", "Sailing Analogies",
            "Whether the explanation uses comparisons to sailing", Category.EXPERTISE,
            Map.of(1, "Uses no comparisons at all; plain symbolic steps only",
                    3, "Mentions boats once in passing",
                    5, "Explains every step through sailing: tacking against the wind, trimming the sails, reading the tide"),
            List.of(), List.of("all"), List.of(), CheckKind.JUDGE, List.of());

    @Test
    void aResponseLikeTheTopLevelScoresAboveOneLikeTheBottomLevel() {
        Judge fallback = (a, v, p, r) -> new CriterionScore(a.id(), 1, CriterionScore.HEURISTIC, "fallback");
        LevelSimilarityJudge judge = new LevelSimilarityJudge(fallback);
        CriterionScore sailing = judge.score(SAILING, "5", null, "Think of it like tacking a dinghy against the wind:"
                + " each step trims the sails a little, and reading the tide tells you when to turn. Sailing the next leg,"
                + " we subtract 6 from both sides.");
        CriterionScore plain = judge.score(SAILING, "5", null, "Subtract 6 from both sides. Divide by 6. x = 6.");
        assertThat(sailing.score()).isGreaterThan(plain.score() + 0.5);
        assertThat(sailing.score()).isBetween(1.0, 5.0);
        assertThat(plain.score()).isBetween(1.0, 5.0);
        assertThat(sailing.kind()).isEqualTo(CriterionScore.HEURISTIC);
        assertThat(sailing.justification()).matches("level similarity: 1=-?0\\.\\d\\d 3=-?0\\.\\d\\d 5=-?0\\.\\d\\d");
        // the same input gives the same score
        assertThat(judge.score(SAILING, "5", null, "Subtract 6 from both sides. Divide by 6. x = 6.")).isEqualTo(plain);
    }

    @Test
    void aCriterionWithCuePhrasesGoesToTheOtherJudge() {
        Attribute cued = new Attribute("warmth", "Warmth", "Warm tone", Category.AFFECT, SAILING.scale(), List.of(),
                List.of("all"), List.of(), CheckKind.JUDGE, List.of("you've got this"));
        Judge fallback = (a, v, p, r) -> new CriterionScore(a.id(), 2, CriterionScore.HEURISTIC, "fallback");
        assertThat(new LevelSimilarityJudge(fallback).score(cued, "5", null, "Hello").justification()).isEqualTo("fallback");
        assertThat(LevelSimilarityJudge.handles(SAILING)).isTrue();
        assertThat(LevelSimilarityJudge.handles(cued)).isFalse();
    }
}
