package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.evaluator.LongitudinalSummary;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.InvalidInputException;
import org.attune.runners.learners.Learners;
import org.attune.tasks.Suite;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, offline: the longitudinal suite over 200 rounds with three seeds orders the
 * cumulative edit cost oracle &lt; cipher-5 &lt; none with no overlap between the seeds' ranges, and
 * cipher-5's share of unedited rounds rises from the first bin of 20 rounds to the last. Skips until the
 * rules library and the writing task sets are in the build.
 */
class LongitudinalAcceptanceTest {
    static final int ROUNDS = 200;
    static final long[] SEEDS = {0, 1, 2};

    @Test
    void learningFromEditsPaysOffOverTwoHundredRounds(@TempDir Path tmp) {
        assumeTrue(!RulesLibrary.builtin().attributeIds().isEmpty(), "needs the rules library (still a stub)");
        assumeTrue(suiteExists(), "needs the longitudinal suite (writing task sets)");
        Map<String, List<LongitudinalSummary.LearnerFigures>> byLearner = new LinkedHashMap<>();
        for (long seed : SEEDS) {
            RunConfig req = RunConfigs.builder().suite(LongitudinalService.DEFAULT_SUITE)
                    .agents(List.of("builtin:reference")).maxTurns(0).seed(seed)
                    .concurrency(Runtime.getRuntime().availableProcessors()).out(tmp.resolve("seed-" + seed))
                    .longitudinal(ROUNDS, Learners.DEFAULT).build();
            RunService.Result r = new LongitudinalService(new StopSignal()).run(req, Progress.silent());
            assertThat(r.outcome().errors()).isZero();
            for (LongitudinalSummary.LearnerFigures f : r.summary().longitudinal().learners()) {
                byLearner.computeIfAbsent(f.learner(), k -> new ArrayList<>()).add(f);
            }
        }
        print(byLearner);
        double[] oracle = range(byLearner.get("oracle"));
        double[] cipher = range(byLearner.get("cipher-5"));
        double[] none = range(byLearner.get("none"));
        assertThat(oracle[1]).as("oracle's worst seed below cipher-5's best").isLessThan(cipher[0]);
        assertThat(cipher[1]).as("cipher-5's worst seed below none's best").isLessThan(none[0]);
        for (LongitudinalSummary.LearnerFigures f : byLearner.get("cipher-5")) {
            List<Double> share = f.zeroEditShare();
            assertThat(share.get(share.size() - 1)).as("cipher-5 zero-edit share, last bin vs first")
                    .isGreaterThan(share.get(0));
        }
    }

    private static boolean suiteExists() {
        try {
            Suite.builtin(LongitudinalService.DEFAULT_SUITE);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static double[] range(List<LongitudinalSummary.LearnerFigures> figures) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (LongitudinalSummary.LearnerFigures f : figures) {
            lo = Math.min(lo, f.editCost());
            hi = Math.max(hi, f.editCost());
        }
        return new double[] {lo, hi};
    }

    private static void print(Map<String, List<LongitudinalSummary.LearnerFigures>> byLearner) {
        System.out.println("Longitudinal acceptance: " + ROUNDS + " rounds, seeds 0-2; cumulative edit cost per stream"
                + " (mean over personas) by seed; zero-edit share first -> last bin; inference P/R/Jaccard");
        byLearner.forEach((learner, list) -> {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s", learner));
            for (LongitudinalSummary.LearnerFigures f : list) {
                List<Double> s = f.zeroEditShare();
                sb.append(String.format(Locale.ROOT, " | %7.0f (norm %5.1f) zero %3.0f%%->%3.0f%% P/R/J %s/%s/%s",
                        f.editCost(), f.editCostNormalized(), s.get(0) * 100, s.get(s.size() - 1) * 100,
                        pct(f.inferencePrecision()), pct(f.inferenceRecall()), pct(f.inferenceJaccard())));
            }
            System.out.println(sb);
        });
    }

    private static String pct(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.0f%%", d * 100);
    }
}
