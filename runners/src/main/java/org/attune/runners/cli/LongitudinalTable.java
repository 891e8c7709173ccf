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
        String fmt = "%-14s %8s %11s %10s %11s %10s %9s %9s %13s %9s%n";
        out.println();
        out.printf(Locale.ROOT, fmt, "learner", "rounds", "cum. edits", "cum. norm", "zero first", "zero last",
                "infer P", "infer R", "tokens in/out", "cost");
        for (LongitudinalSummary.LearnerFigures f : l.learners()) {
            List<Double> share = f.zeroEditShare();
            out.printf(Locale.ROOT, fmt, f.learner(), f.rounds() + (f.streams() > 1 ? "x" + f.streams() : ""),
                    String.format(Locale.ROOT, "%.0f", f.editCost()), String.format(Locale.ROOT, "%.1f",
                            f.editCostNormalized()), pct(share.isEmpty() ? null : share.get(0)),
                    pct(share.isEmpty() ? null : share.get(share.size() - 1)), pct(f.inferencePrecision()),
                    pct(f.inferenceRecall()), f.inputTokens() + "/" + f.outputTokens(),
                    String.format(Locale.ROOT, "$%.4f", f.costUsd()));
        }
        out.printf(Locale.ROOT, "cumulative edits: word edits over a persona's %s rounds, mean over personas; "
                + "zero first/last: share of rounds accepted unedited in rounds 1-%d and in the last bin%n",
                l.learners().isEmpty() ? "" : String.valueOf(l.learners().get(0).rounds()), l.binSize());
        out.flush();
    }

    private static String pct(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.0f%%", d * 100);
    }
}
