package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.api.CriterionScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeAuditTest {
    static Episode ep(String item, List<CriterionScore> criteria, List<CriterionScore> audit, boolean failed) {
        Scores s = new Scores(3.0, criteria, true, "1", null, 0, 0.0, "r", true, null, null, null);
        return new Episode(Episode.SCHEMA, Episode.key("t", item, "p", "generic", "a", 1), "t", item, "p", "generic",
                "a", 1, "q", "1", List.of(), List.of(), "r", failed ? new ErrorInfo("X", "y") : null, s,
                Map.of("judge", new RoleUsage(2, 100, 20)), 0.01, null, null, null, null,
                List.of("agent: not JSON"), audit);
    }

    static CriterionScore rules(String a, double s) {
        return new CriterionScore(a, s, CriterionScore.RULES, "checker");
    }

    static CriterionScore model(String a, double s) {
        return new CriterionScore(a, s, CriterionScore.MODEL, "model");
    }

    @Test
    void agreementComparesTheModelWithTheRoundedCheckerScore() {
        List<Episode> eps = List.of(
                ep("i1", List.of(rules("layout", 5.0), rules("word-budget", 1.0), model("humor", 2)),
                        List.of(model("layout", 5), model("word-budget", 3)), false),
                ep("i2", List.of(rules("layout", 3.6)), List.of(model("layout", 4)), false),
                ep("i3", List.of(rules("layout", 1.0)), List.of(model("layout", 5)), true)); // failed: left out
        JudgeAudit a = JudgeAudit.of(eps);
        assertThat(a.overall().pairs()).isEqualTo(3);
        assertThat(a.overall().exact()).isCloseTo(2 / 3.0, offset(1e-12));
        assertThat(a.overall().withinOne()).isCloseTo(2 / 3.0, offset(1e-12));
        assertThat(a.overall().meanAbsoluteDifference()).isCloseTo((0 + 2 + 0.4) / 3, offset(1e-12));
        assertThat(a.byAttribute()).extracting(JudgeAudit.Agreement::attribute).containsExactly("layout", "word-budget");
        assertThat(JudgeAudit.of(List.of(ep("i1", List.of(rules("layout", 5.0)), List.of(), false)))).isNull();
        assertThat(Summarizer.defaults(0).summarize("r", eps).judgeAudit()).isEqualTo(a);
    }

    @Test
    void theNewEpisodeFieldsSurviveTheJournalAndAreLeftOutWhenEmpty(@TempDir Path tmp) {
        RunDirectory dir = new RunDirectory(tmp);
        Episode withAudit = ep("i1", List.of(rules("layout", 5.0)), List.of(model("layout", 4)), false);
        Episode plain = SummarizerTest.ep("i2", "p", "generic", 3, true, 0);
        try (EpisodeJournal j = dir.openJournal()) {
            j.append(withAudit);
            j.append(plain);
        }
        List<Episode> back = dir.readEpisodes();
        assertThat(back.get(0)).isEqualTo(withAudit);
        assertThat(back.get(0).usage().get("judge")).isEqualTo(new RoleUsage(2, 100, 20));
        assertThat(back.get(1).formatErrors()).isEmpty();
        assertThat(org.attune.personas.util.Files2.readText(dir.file(RunDirectory.EPISODES)).lines().skip(1)
                .findFirst().orElseThrow()).doesNotContain("formatErrors").doesNotContain("judgeAudit");
    }
}
