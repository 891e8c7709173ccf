package org.attune.runners.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.Interval;
import org.attune.evaluator.JudgeAudit;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.RunDirectory;
import org.attune.runners.engine.ModelConsole;
import org.attune.runners.engine.RunService;
import org.attune.runners.models.LedgerTotals;
import org.attune.runners.models.ModelTraffic;

/** The console summary of a run: agent x condition, the headline figures, and where the files are. */
final class SummaryTable {
    private SummaryTable() {
    }

    static void print(PrintWriter out, RunService.Result r) {
        groups(out, r.summary(), r.models());
        double rate = r.outcome().finished() / Math.max(r.seconds(), 1e-9);
        out.printf(Locale.ROOT, "%n%d episodes run (%d already done), %d errors, %.1f s, %.0f episodes/s%n",
                r.outcome().finished(), r.outcome().skipped(), r.outcome().errors(), r.seconds(), rate);
        where(out, r.dir());
    }

    static void where(PrintWriter out, java.nio.file.Path dir) {
        out.println("run directory: " + dir.toAbsolutePath().normalize());
        out.println("report:        " + dir.resolve(RunDirectory.REPORT_DIR).resolve("index.html").toAbsolutePath().normalize());
        out.flush();
    }

    /** The agent x condition table, the model traffic (when a role was a model) and the judge audit. */
    static void groups(PrintWriter out, org.attune.evaluator.Summary summary, ModelTraffic traffic) {
        boolean models = traffic != null;
        int width = Math.max(10, summary.groups().stream().mapToInt(g -> g.condition().length()).max().orElse(0));
        String fmt = "%-22s %-" + width + "s %-22s %8s %9s %9s %8s %6s" + (models ? " %7s %10s%n" : "%n");
        out.printf(Locale.ROOT, fmt, "agent", "condition", "alignment [95% CI]", "correct", "edit cost", "questions",
                "episodes", "errors", "calls", "est. cost");
        for (GroupSummary g : summary.groups()) {
            int calls = g.usage().values().stream().mapToInt(RoleUsage::calls).sum();
            out.printf(Locale.ROOT, fmt, g.agent(), g.condition(), interval(g.alignment()),
                    pct(g.correctness().mean()), num(g.editCost().mean(), "%.1f"), num(g.questions().mean(), "%.1f"),
                    g.episodes(), g.errors(), calls, groupCost(g));
        }
        if (models) {
            printTraffic(out, traffic);
        }
        JudgeAudit audit = summary.judgeAudit();
        if (audit != null) {
            out.printf(Locale.ROOT, "judge audit (--judge-all): the model judge matched the checkers exactly on %.0f%%, "
                    + "within one point on %.0f%% of %d criteria (mean difference %.2f)%n", audit.overall().exact() * 100,
                    audit.overall().withinOne() * 100, audit.overall().pairs(), audit.overall().meanAbsoluteDifference());
        }
    }

    /** A group's estimated cost: "unpriced" rather than $0 when its models have no price. */
    private static String groupCost(GroupSummary g) {
        if (g.unpricedCalls() > 0) {
            return g.costUsd() == 0 ? "unpriced" : String.format(Locale.ROOT, "$%.4f+?", g.costUsd());
        }
        return String.format(Locale.ROOT, "$%.4f", g.costUsd());
    }

    private static void printTraffic(PrintWriter out, ModelTraffic t) {
        StringBuilder faults = new StringBuilder();
        t.faults().forEach((k, v) -> faults.append(faults.length() == 0 ? "" : ", ").append(k).append(" x").append(v));
        LedgerTotals l = t.totals();
        out.printf(Locale.ROOT, "%nmodel requests: %d sent, %d answered from the cache (cost $0, saved est. $%.4f);"
                        + " faulty attempts: %s; calls that failed for good: %d%n", t.requests(), t.cacheHits(),
                l.savedUsd(), faults.length() == 0 ? "none" : faults, t.failedCalls());
        out.printf(Locale.ROOT, "tokens: %d in / %d out; %s%n", l.inputTokens(), l.outputTokens(),
                ModelConsole.cost(l.costUsd(), l.unpricedCalls()));
        StringBuilder norms = new StringBuilder();
        l.normalizations().forEach((role, kinds) -> {
            norms.append(norms.length() == 0 ? "" : "; ").append(role).append(": ");
            StringBuilder k = new StringBuilder();
            kinds.forEach((kind, n) -> k.append(k.length() == 0 ? "" : ", ").append(kind).append(" x").append(n));
            norms.append(k);
        });
        out.println("replies normalized: " + (norms.length() == 0 ? "none" : norms));
        out.println("format errors (replies that could not be read): "
                + (l.formatErrors().isEmpty() ? "none" : l.formatErrors().toString().replaceAll("[{}]", "")));
        if (!t.unpriced().isEmpty()) {
            out.println("no price known for " + String.join(", ", t.unpriced())
                    + ": their cost is unpriced, not $0 (give prices with --price-table)");
        }
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
