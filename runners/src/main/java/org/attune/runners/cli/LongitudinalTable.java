package org.attune.runners.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.attune.evaluator.LongitudinalSummary;
import org.attune.evaluator.Summary;

/**
 * The console table of a longitudinal run: per learner the cumulative edit cost of a stream (raw and
 * normalized, averaged over personas), the zero-edit share in the first and last bins of rounds, how well
 * its beliefs matched the active preferences, and its tokens and cost.
 */
final class LongitudinalTable {
    private LongitudinalTable() {
    }

    static void print(PrintWriter out, Summary summary) {
        LongitudinalSummary l = summary.longitudinal();
        if (l == null) {
            return;
        }
        String fmt = "%-14s %8s %6s %11s %10s %10s %9s %8s %8s %8s %13s %9s%n";
        out.println();
        out.printf(Locale.ROOT, fmt, "learner", "personas", "rounds", "cum. edits", "cum. norm", "zero first",
                "zero last", "infer P", "infer R", "infer J", "tokens in/out", "cost");
        int rounds = 0;
        for (LongitudinalSummary.LearnerFigures f : l.learners()) {
            List<Double> share = f.zeroEditShare();
            rounds = Math.max(rounds, f.rounds());
            out.printf(Locale.ROOT, fmt, f.learner(), f.streams(), f.rounds(),
                    String.format(Locale.ROOT, "%.0f", f.editCost()),
                    String.format(Locale.ROOT, "%.2f", f.editCostNormalized()),
                    pct(share.isEmpty() ? null : share.get(0)), pct(share.isEmpty() ? null : share.get(share.size() - 1)),
                    pct(f.inferencePrecision()), pct(f.inferenceRecall()), pct(f.inferenceJaccard()),
                    f.inputTokens() + "/" + f.outputTokens(), String.format(Locale.ROOT, "$%.4f", f.costUsd()));
        }
        out.printf(Locale.ROOT, "cum. edits: word edits summed over a persona's rounds, mean over personas (norm: "
                + "edits per token); zero first/last: share of rounds accepted unedited in rounds 1-%d and in the "
                + "last bin of %d; infer: the learner's beliefs against the active preferences (precision, recall, "
                + "Jaccard)%n", Math.min(l.binSize(), rounds), l.binSize());
        out.flush();
    }

    private static String pct(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.0f%%", d * 100);
    }
}
