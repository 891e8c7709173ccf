package org.attune.reports.gate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.attune.evaluator.Interval;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Summarizer;
import org.attune.evaluator.statistics.Bootstrap;
import org.attune.evaluator.statistics.Paired;
import org.attune.evaluator.statistics.Statistic;
import org.attune.personas.PreferenceSampler;
import org.attune.reports.gate.EpisodePairs.Pair;

/**
 * Computes every gate metric per comparison unit (agent label, condition), never pooled across agents:
 * means as paired differences over (item, persona) clusters, and the rate and gain figures as the
 * difference of the statistic recomputed on each resample of clusters. The condition label is an opaque
 * string ({@code discovery@3} gates like any condition). Family-wise error over every applicable
 * (unit x metric) is controlled by Bonferroni: each interval is computed at level 1 - alpha / m.
 */
final class MetricCalculator {

    private final GateOptions options;

    MetricCalculator(GateOptions options) {
        this.options = options;
    }

    /** The metrics of every unit, and the Bonferroni-adjusted level their intervals were computed at. */
    record Computed(List<MetricResult> metrics, int familySize, double adjustedLevel) {
    }

    /**
     * @param pairs   the usable pairs (both sides finished with scores), which every figure is computed on
     * @param matched every matched pair, errored ones included: a unit whose candidate lost a score the
     *                baseline has is a regression ({@link LostScores}), not a unit that disappears
     */
    Computed compute(List<Pair> pairs, List<Pair> matched) {
        List<Pending> pending = new ArrayList<>();
        for (String agent : matched.stream().map(Pair::agent).distinct().sorted().toList()) {
            List<Pair> ofAgent = pairs.stream().filter(p -> p.agent().equals(agent)).toList();
            List<Pair> matchedOfAgent = matched.stream().filter(p -> p.agent().equals(agent)).toList();
            List<String> conditions = matchedOfAgent.stream().map(Pair::condition).distinct()
                    .sorted(Comparator.comparingInt(Summarizer::conditionRank).thenComparing(c -> c)).toList();
            SlotTable slots = SlotTable.of(ofAgent);
            boolean generic = conditions.contains(Summarizer.GENERIC);
            boolean oracle = conditions.contains(Summarizer.ORACLE);
            for (String c : conditions) {
                Unit u = new Unit(agent, c);
                List<Pair> unit = only(ofAgent, c);
                List<Pair> all = only(matchedOfAgent, c);
                pending.add(mean(MetricFamily.ALIGNMENT, u, unit, all, Scores::alignment));
                if (generic && oracle && !c.equals(Summarizer.GENERIC) && !c.equals(Summarizer.ORACLE)) {
                    pending.add(gain(u, slots));
                }
                if (generic && !c.equals(Summarizer.GENERIC)) {
                    pending.add(worseThanGeneric(u, slots));
                }
                pending.add(mean(MetricFamily.CORRECTNESS, u, unit, all,
                        s -> s.correct() == null ? null : (s.correct() ? 1.0 : 0.0)));
                pending.add(mean(MetricFamily.EDIT_COST, u, unit, all, Scores::editCostNormalized));
                pending.add(mean(MetricFamily.RECALL, u, unit, all, Scores::recall));
            }
        }
        int m = (int) pending.stream().filter(p -> p.result() == null).count();
        double level = 1 - (1 - options.level()) / Math.max(1, m);
        return new Computed(pending.stream().map(p -> p.result() != null ? p.result() : resolve(p, level)).toList(),
                m, level);
    }

    /** A comparison unit: one agent label under one condition. */
    record Unit(String agent, String condition) {
    }

    /** A metric whose interval is still to be computed (or, with {@code result}, one that is not applicable). */
    private record Pending(MetricFamily family, Unit unit, int clusters, int pairs, Statistic base, Statistic cand,
            Statistic difference, String undefined, MetricResult result) {
    }

    private static List<Pair> only(List<Pair> pairs, String condition) {
        return pairs.stream().filter(p -> p.condition().equals(condition)).toList();
    }

    private Pending mean(MetricFamily family, Unit unit, List<Pair> pairs, List<Pair> matched,
            Function<Scores, Double> f) {
        Map<String, Double> b = new HashMap<>();
        Map<String, Double> c = new HashMap<>();
        Map<String, String> clusterOf = new HashMap<>();
        for (Pair p : pairs) {
            b.put(p.key(), f.apply(p.baseline().scores()));
            c.put(p.key(), f.apply(p.candidate().scores()));
            clusterOf.put(p.key(), p.cluster());
        }
        Paired paired = Paired.of(b, c, clusterOf::get);
        if (paired.size() == 0) {
            java.util.Optional<LostScores> lost = LostScores.of(matched, f);
            if (lost.isPresent()) {
                return lost(family, unit, lost.get());
            }
            return notApplicable(family, unit, "no matched episode has this score in both runs");
        }
        return pending(family, unit, paired.size(), paired.pairs(), paired.baselineMean(), paired.candidateMean(),
                paired.meanDifference(), null);
    }

    /** (mean A_X - mean A_generic) / (mean A_oracle - mean A_generic) over slots with all three. */
    private Pending gain(Unit unit, SlotTable slots) {
        String condition = unit.condition();
        List<double[]> rows = new ArrayList<>(); // per cluster: cNum, cDen, bNum, bDen, slots
        for (Map<String, Map<String, double[]>> cluster : slots.clusters().values()) {
            double[] row = new double[5];
            for (Map<String, double[]> slot : cluster.values()) {
                double[] x = slot.get(condition);
                double[] g = slot.get(Summarizer.GENERIC);
                double[] o = slot.get(Summarizer.ORACLE);
                if (x != null && g != null && o != null) {
                    row[0] += x[1] - g[1];
                    row[1] += o[1] - g[1];
                    row[2] += x[0] - g[0];
                    row[3] += o[0] - g[0];
                    row[4]++;
                }
            }
            if (row[4] > 0) {
                rows.add(row);
            }
        }
        Statistic cand = Statistic.ratio(column(rows, 0), column(rows, 1));
        Statistic base = Statistic.ratio(column(rows, 2), column(rows, 3));
        return ratioResult(MetricFamily.NORMALIZED_GAIN, unit, rows, base, cand,
                "oracle and generic align equally, so the gain is undefined");
    }

    /** Share of slots whose alignment under the condition is below generic. */
    private Pending worseThanGeneric(Unit unit, SlotTable slots) {
        String condition = unit.condition();
        List<double[]> rows = new ArrayList<>(); // per cluster: cWorse, bWorse, slots
        for (Map<String, Map<String, double[]>> cluster : slots.clusters().values()) {
            double[] row = new double[3];
            for (Map<String, double[]> slot : cluster.values()) {
                double[] x = slot.get(condition);
                double[] g = slot.get(Summarizer.GENERIC);
                if (x != null && g != null) {
                    row[0] += x[1] < g[1] - Summarizer.WORSE_MARGIN ? 1 : 0;
                    row[1] += x[0] < g[0] - Summarizer.WORSE_MARGIN ? 1 : 0;
                    row[2]++;
                }
            }
            if (row[2] > 0) {
                rows.add(row);
            }
        }
        double[] n = column(rows, 2);
        Statistic cand = Statistic.ratio(column(rows, 0), n);
        Statistic base = Statistic.ratio(column(rows, 1), n);
        return ratioResult(MetricFamily.WORSE_THAN_GENERIC, unit, rows, base, cand,
                "no matched pair has both this condition and generic");
    }

    private Pending ratioResult(MetricFamily family, Unit unit, List<double[]> rows, Statistic base, Statistic cand,
            String undefined) {
        if (rows.isEmpty()) {
            return notApplicable(family, unit, "no matched pair has the conditions this figure needs");
        }
        int units = (int) rows.stream().mapToDouble(r -> r[r.length - 1]).sum();
        return pending(family, unit, rows.size(), units, base, cand, cand.minus(base), undefined);
    }

    /** A metric to gate, or not applicable when a side's value is undefined on the full sample. */
    private Pending pending(MetricFamily family, Unit unit, int clusters, int pairs, Statistic base, Statistic cand,
            Statistic difference, String undefined) {
        int[] ones = new int[clusters];
        Arrays.fill(ones, 1);
        boolean noBase = Double.isNaN(base.of(ones));
        boolean noCand = Double.isNaN(cand.of(ones));
        if (noBase || noCand) {
            String where = noBase && noCand ? "in both runs" : noBase ? "in the baseline" : "in the candidate";
            return notApplicable(family, unit, where + ": " + undefined);
        }
        return new Pending(family, unit, clusters, pairs, base, cand, difference, undefined, null);
    }

    private MetricResult resolve(Pending p, double level) {
        int[] ones = new int[p.clusters()];
        Arrays.fill(ones, 1);
        String id = p.family().forCondition(p.unit().condition());
        double threshold = options.thresholds().forMetric(id);
        long seed = PreferenceSampler.streamSeed(options.seed() + "|gate|" + p.unit().agent() + "|" + id);
        Interval d = Bootstrap.interval(options.method(), p.clusters(), p.difference(), options.resamples(), seed,
                level);
        if (d.mean() == null) {
            return notApplicable(p.family(), p.unit(), p.undefined()).result();
        }
        double lo = d.lo() == null ? d.mean() : d.lo();
        double hi = d.hi() == null ? d.mean() : d.hi();
        Verdict v = Verdict.decide(p.family().direction(), lo, hi, threshold, options.strict());
        return new MetricResult(id, p.family().id(), title(p.family(), p.unit()), p.unit().agent(),
                p.unit().condition(), p.family().direction(), p.family().share(), threshold, p.base().of(ones),
                p.cand().of(ones), d.mean(), lo, hi, p.clusters(), p.pairs(), v, null);
    }

    private Pending notApplicable(MetricFamily family, Unit unit, String why) {
        String id = family.forCondition(unit.condition());
        return new Pending(family, unit, 0, 0, null, null, null, why, new MetricResult(id, family.id(),
                title(family, unit), unit.agent(), unit.condition(), family.direction(), family.share(),
                options.thresholds().forMetric(id), null, null, null, null, null, 0, 0, Verdict.NOT_APPLICABLE,
                why == null ? "undefined" : why));
    }

    /** A regression without an interval: the candidate has none of the score the baseline has. */
    private Pending lost(MetricFamily family, Unit unit, LostScores lost) {
        String id = family.forCondition(unit.condition());
        return new Pending(family, unit, 0, 0, null, null, null, null, new MetricResult(id, family.id(),
                title(family, unit), unit.agent(), unit.condition(), family.direction(), family.share(),
                options.thresholds().forMetric(id), lost.baselineMean(), null, null, null, null, lost.clusters(),
                lost.baselineScored(), Verdict.REGRESSION, lost.note()));
    }

    private static String title(MetricFamily family, Unit unit) {
        return family.title() + ", " + unit.agent() + " / " + unit.condition();
    }

    private static double[] column(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(r -> r[i]).toArray();
    }

    /**
     * Per cluster, per slot (cluster and agent), per condition: the mean alignment over epochs of
     * the baseline [0] and the candidate [1].
     */
    record SlotTable(Map<String, Map<String, Map<String, double[]>>> clusters) {
        static SlotTable of(List<Pair> pairs) {
            Map<String, Map<String, Map<String, double[]>>> sums = new TreeMap<>();
            for (Pair p : pairs) {
                Double b = p.baseline().scores().alignment();
                Double c = p.candidate().scores().alignment();
                if (b == null || c == null) {
                    continue;
                }
                double[] acc = sums.computeIfAbsent(p.cluster(), k -> new TreeMap<>())
                        .computeIfAbsent(p.candidate().agent(), k -> new TreeMap<>())
                        .computeIfAbsent(p.condition(), k -> new double[3]);
                acc[0] += b;
                acc[1] += c;
                acc[2]++;
            }
            for (Map<String, Map<String, double[]>> cluster : sums.values()) {
                for (Map<String, double[]> slot : cluster.values()) {
                    slot.replaceAll((cond, a) -> new double[] {a[0] / a[2], a[1] / a[2]});
                }
            }
            return new SlotTable(sums);
        }
    }
}
