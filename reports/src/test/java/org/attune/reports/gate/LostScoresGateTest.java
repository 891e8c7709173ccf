package org.attune.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.Scores;
import org.attune.evaluator.UnscoredCriterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison unit the baseline scored and the candidate could not (every episode errored, or the judge
 * failed on every criterion) is a regression, not "not applicable": a gate never passes work that failed.
 */
class LostScoresGateTest {
    @TempDir
    Path tmp;

    private static final GateOptions FAST = GateOptions.builder().resamples(500).build();

    private static Episode errored(Episode e) {
        return new Episode(e.schema(), e.key(), e.task(), e.item(), e.persona(), e.condition(), e.agent(), e.epoch(),
                e.question(), e.goldAnswer(), e.preferences(), e.turns(), null,
                new ErrorInfo("timeout", "model did not answer"), null, e.usage(), 0, e.timing(), null, null, null);
    }

    /** The judge failed on every criterion: no criterion scores, a null alignment, not an error. */
    private static Episode unscored(Episode e) {
        Scores s = e.scores();
        List<UnscoredCriterion> failed = s.criteria().stream()
                .map(c -> new UnscoredCriterion(c.attribute(), "judge reply could not be read")).toList();
        return RunFixture.withScores(e, new Scores(null, List.of(), s.correct(), s.extracted(), s.correctnessReason(),
                s.editCost(), s.editCostNormalized(), s.edited(), s.accepted(), s.questions(), s.recall(),
                s.precision(), failed));
    }

    private static List<Episode> change(List<Episode> eps, String condition, UnaryOperator<Episode> f) {
        List<Episode> out = new ArrayList<>();
        for (Episode e : eps) {
            out.add(e.condition().equals(condition) ? f.apply(e) : e);
        }
        return out;
    }

    private GateReport gate(List<Episode> base, List<Episode> cand) {
        return (GateReport) Gate.compare(RunFixture.write(tmp.resolve("base"), RunFixture.info("base"), base),
                RunFixture.write(tmp.resolve("cand"), RunFixture.info("cand"), cand), FAST);
    }

    private static MetricResult metric(GateReport r, String id) {
        return r.metrics().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aUnitWhoseCandidateEpisodesAllErroredRegressesInsteadOfVanishing() {
        List<Episode> base = RunFixture.episodes(RunFixture.AGENT);
        GateReport r = gate(base, change(base, "oracle", LostScoresGateTest::errored));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.comparisons()).extracting(c -> c.agent() + " / " + c.condition() + ": " + c.verdict())
                .contains(RunFixture.AGENT + " / oracle: regression");
        MetricResult a = metric(r, "alignment.oracle");
        assertThat(a.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(a.baseline()).isNotNull();
        assertThat(a.candidate()).isNull();
        assertThat(a.note()).contains("no scored episode in the candidate").contains("48 errored");
        assertThat(GateConsole.render(r)).contains("Regressed: " + RunFixture.AGENT
                + " / oracle alignment.oracle (no scored episode in the candidate (48 errored, 0 unscored)");
        assertThat(GateFiles.markdown(r, tmp.resolve("gate"))).contains("| " + RunFixture.AGENT
                + " | oracle | Alignment (1-5) | ").contains("❌ regression: no scored episode in the candidate");
        // an interval for a figure that was never computed would be made up: the family counts computed ones only
        assertThat(r.settings().familySize()).isEqualTo((int) r.metrics().stream()
                .filter(m -> m.lo() != null && m.verdict() != Verdict.NOT_APPLICABLE).count());
    }

    @Test
    void aUnitWhoseCandidateCriteriaAllFailedToBeJudgedRegresses() {
        List<Episode> base = RunFixture.episodes(RunFixture.AGENT);
        GateReport r = gate(base, change(base, "discovery", LostScoresGateTest::unscored));
        assertThat(r.exitCode()).isEqualTo(1);
        MetricResult a = metric(r, "alignment.discovery");
        assertThat(a.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(a.note()).contains("no scored episode in the candidate").contains("48 unscored");
        // what the candidate did score still gates as before
        assertThat(metric(r, "correctness.discovery").verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void everyCandidateEpisodeErroredIsARegressionNotIncomparableRuns() {
        List<Episode> base = RunFixture.episodes(RunFixture.AGENT);
        GateReport r = gate(base, base.stream().map(LostScoresGateTest::errored).toList());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.comparisons()).hasSize(3).allSatisfy(c -> assertThat(c.verdict()).isEqualTo("regression"));
    }

    @Test
    void aUnitNeitherRunCouldScoreStaysNotApplicable() {
        List<Episode> both = change(RunFixture.episodes(RunFixture.AGENT), "discovery", LostScoresGateTest::unscored);
        GateReport r = gate(both, both);
        assertThat(r.exitCode()).isZero();
        assertThat(metric(r, "alignment.discovery").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
}
