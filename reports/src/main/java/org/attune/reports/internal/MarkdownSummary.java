package org.attune.reports.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.LongitudinalSummary;
import org.attune.evaluator.Summary;

/** {@code summary.md}: the leaderboard as a compact Markdown table for a pull-request comment. */
final class MarkdownSummary {
    private MarkdownSummary() {
    }

    static Map<String, Object> context(RunData run, RunData baseline, Catalogs catalogs, Map<String, Object> junit,
                                       Double minAlignment) {
        Summary summary = run.summary();
        Groups groups = Groups.of(summary);
        Map<String, Object> c = new HashMap<>();
        c.put("info", run.info());
        c.put("summary", summary);
        c.put("rows", Leaderboard.rows(groups));
        c.put("reading", Reading.sentences(summary, groups,
                Breakdowns.attributes(groups, summary.byAttribute(), run.episodes(), catalogs)));
        c.put("minAlignment", minAlignment);
        c.put("tests", junit.get("tests"));
        c.put("failures", junit.get("failures"));
        c.put("errors", junit.get("errors"));
        c.put("baselineId", baseline == null ? null : baseline.info().id());
        c.put("deltas", baseline == null ? List.of() : ComparePage.groups(run, baseline));
        c.put("learners", learners(summary.longitudinal()));
        c.put("usage", usage(summary));
        c.put("elicitation", summary.elicitation());
        c.put("bin", summary.longitudinal() == null ? null : summary.longitudinal().binSize());
        return c;
    }

    /** Model calls, tokens and estimated cost of one agent x condition ("unpriced" when a model has no price). */
    record UsageRow(String agent, String condition, int calls, long inputTokens, long outputTokens, String cost) {
    }

    /** One row per agent x condition that made model calls; empty for a run without models. */
    static List<UsageRow> usage(Summary summary) {
        List<UsageRow> out = new java.util.ArrayList<>();
        for (org.attune.evaluator.GroupSummary g : summary.groups()) {
            int calls = 0;
            long in = 0;
            long outTokens = 0;
            for (org.attune.evaluator.RoleUsage u : g.usage().values()) {
                calls += u.calls();
                in += u.inputTokens();
                outTokens += u.outputTokens();
            }
            if (calls == 0) {
                continue;
            }
            String cost = String.format(java.util.Locale.ROOT, "$%.4f", g.costUsd());
            if (g.unpricedCalls() > 0) {
                cost = g.costUsd() == 0 ? "unpriced" : cost + " + unpriced";
            }
            out.add(new UsageRow(g.agent(), g.condition(), calls, in, outTokens, cost));
        }
        return out;
    }

    /** One learner of a longitudinal run, as the summary's table shows it. */
    record Learner(String learner, int streams, int rounds, double editCost, double editCostNormalized,
                   Double zeroFirst, Double zeroLast, Double precision, Double recall, Double jaccard,
                   long inputTokens, long outputTokens, double costUsd) {
    }

    static List<Learner> learners(LongitudinalSummary l) {
        if (l == null) {
            return List.of();
        }
        List<Learner> out = new java.util.ArrayList<>();
        for (LongitudinalSummary.LearnerFigures f : l.learners()) {
            List<Double> share = f.zeroEditShare();
            out.add(new Learner(f.learner(), f.streams(), f.rounds(), f.editCost(), f.editCostNormalized(),
                    share.isEmpty() ? null : share.get(0), share.isEmpty() ? null : share.get(share.size() - 1),
                    f.inferencePrecision(), f.inferenceRecall(), f.inferenceJaccard(), f.inputTokens(),
                    f.outputTokens(), f.costUsd()));
        }
        return out;
    }
}
