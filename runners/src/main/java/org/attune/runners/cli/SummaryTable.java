package org.attune.runners.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.Interval;
import org.attune.evaluator.RunDirectory;
import org.attune.runners.engine.RunService;

/** The console summary of a run: agent x condition, the headline figures, and where the files are. */
final class SummaryTable {
    private SummaryTable() {
    }

    static void print(PrintWriter out, RunService.Result r) {
        String fmt = "%-22s %-10s %-22s %8s %9s %9s %8s %6s%n";
        out.printf(Locale.ROOT, fmt, "agent", "condition", "alignment [95% CI]", "correct", "edit cost", "questions",
                "episodes", "errors");
        for (GroupSummary g : r.summary().groups()) {
            out.printf(Locale.ROOT, fmt, g.agent(), g.condition(), interval(g.alignment()),
                    pct(g.correctness().mean()), num(g.editCost().mean(), "%.1f"), num(g.questions().mean(), "%.1f"),
                    g.episodes(), g.errors());
        }
        double rate = r.outcome().finished() / Math.max(r.seconds(), 1e-9);
        out.printf(Locale.ROOT, "%n%d episodes run (%d already done), %d errors, %.1f s, %.0f episodes/s%n",
                r.outcome().finished(), r.outcome().skipped(), r.outcome().errors(), r.seconds(), rate);
        out.println("run directory: " + r.dir().toAbsolutePath().normalize());
        out.println("report:        " + r.dir().resolve(RunDirectory.REPORT_DIR).resolve("index.html").toAbsolutePath().normalize());
        out.flush();
    }

    static String interval(Interval i) {
        if (i.mean() == null) {
            return "-";
        }
        if (i.lo() == null) {
            return String.format(Locale.ROOT, "%.2f", i.mean());
        }
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", i.mean(), i.lo(), i.hi());
    }

    static String pct(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.0f%%", d * 100);
    }

    static String num(Double d, String f) {
        return d == null ? "-" : String.format(Locale.ROOT, f, d);
    }
}
