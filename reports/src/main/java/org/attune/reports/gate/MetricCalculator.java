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
 * Computes every gate metric over the usable matched episodes: means as paired differences over
 * (item, persona) clusters, and the rate and gain figures as the difference of the statistic
 * recomputed on each resample of clusters.
 */
final class MetricCalculator {

    private final GateOptions options;

    MetricCalculator(GateOptions options) {
        this.options = options;
    }

    List<MetricResult> compute(List<Pair> pairs) {
        List<String> conditions = pairs.stream().map(Pair::condition).distinct()
                .sorted(Comparator.comparingInt(Summarizer::conditionRank).thenComparing(c -> c)).toList();
        List<MetricResult> out = new ArrayList<>();
        out.add(mean(MetricFamily.ALIGNMENT, null, pairs, Scores::alignment));
        if (conditions.size() > 1) {
            for (String c : conditions) {
                out.add(mean(MetricFamily.ALIGNMENT, c, only(pairs, c), Scores::alignment));
            }
        }
        SlotTable slots = SlotTable.of(pairs);
        boolean generic = conditions.contains(Summarizer.GENERIC);
        boolean oracle = conditions.contains(Summarizer.ORACLE);
        for (String c : conditions) {
            if (generic && oracle && !c.equals(Summarizer.GENERIC) && !c.equals(Summarizer.ORACLE)) {
                out.add(gain(c, slots));
            }
        }
        for (String c : conditions) {
            if (generic && !c.equals(Summarizer.GENERIC)) {
                out.add(worseThanGeneric(c, slots));
            }
        }
        out.add(mean(MetricFamily.CORRECTNESS, null, pairs,
                s -> s.correct() == null ? null : (s.correct() ? 1.0 : 0.0)));
        out.add(mean(MetricFamily.EDIT_COST, null, pairs, Scores::editCostNormalized));
        out.add(mean(MetricFamily.RECALL, null, pairs, Scores::recall));
        return out;
    }

    private static List<Pair> only(List<Pair> pairs, String condition) {
        return pairs.stream().filter(p -> p.condition().equals(condition)).toList();
    }

    private MetricResult mean(MetricFamily family, String condition, List<Pair> pairs, Function<Scores, Double> f) {
        Map<String, Double> b = new HashMap<>();
        Map<String, Double> c = new HashMap<>();
        Map<String, String> clusterOf = new HashMap<>();
        for (Pair p : pairs) {
            b.put(p.key(), f.apply(p.baseline().scores()));
            c.put(p.key(), f.apply(p.candidate().scores()));
            clusterOf.put(p.key(), p.cluster());
        }
        Paired paired = Paired.of(b, c, clusterOf::get);
        String id = condition == null ? family.id() : family.forCondition(condition);
        if (paired.size() == 0) {
            return notApplicable(family, id, condition, "no matched episode has this score in both runs");
        }
        return result(family, id, condition, paired.size(), paired.pairs(), paired.baselineMean(),
                paired.candidateMean(), paired.meanDifference());
    }

    /** (mean A_X - mean A_generic) / (mean A_oracle - mean A_generic) over slots with all three. */
    private MetricResult gain(String condition, SlotTable slots) {
        String id = MetricFamily.NORMALIZED_GAIN.forCondition(condition);
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
        return ratioResult(MetricFamily.NORMALIZED_GAIN, id, condition, rows, base, cand,
                "oracle and generic align equally, so the gain is undefined");
    }

    /** Share of slots whose alignment under the condition is below generic. */
    private MetricResult worseThanGeneric(String condition, SlotTable slots) {
        String id = MetricFamily.WORSE_THAN_GENERIC.forCondition(condition);
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
        return ratioResult(MetricFamily.WORSE_THAN_GENERIC, id, condition, rows, base, cand,
                "no matched pair has both this condition and generic");
    }

    private MetricResult ratioResult(MetricFamily family, String id, String condition, List<double[]> rows,
            Statistic base, Statistic cand, String undefined) {
        if (rows.isEmpty()) {
            return notApplicable(family, id, condition, "no matched pair has the conditions this figure needs");
        }
        int units = (int) rows.stream().mapToDouble(r -> r[r.length - 1]).sum();
        MetricResult r = result(family, id, condition, rows.size(), units, base, cand, cand.minus(base));
        return r.verdict() == Verdict.NOT_APPLICABLE ? notApplicable(family, id, condition, undefined) : r;
    }

    private MetricResult result(MetricFamily family, String id, String condition, int clusters, int pairs,
            Statistic base, Statistic cand, Statistic difference) {
        int[] ones = new int[clusters];
        Arrays.fill(ones, 1);
        double b = base.of(ones);
        double c = cand.of(ones);
        double threshold = options.thresholds().forMetric(id);
        long seed = PreferenceSampler.streamSeed(options.seed() + "|gate|" + id);
        Interval d = Bootstrap.interval(options.method(), clusters, difference, options.resamples(), seed,
                options.level());
        if (Double.isNaN(b) || Double.isNaN(c) || d.mean() == null) {
            return new MetricResult(id, family.id(), title(family, condition), condition, family.direction(),
                    family.share(), threshold, null, null, null, null, null, clusters, pairs, Verdict.NOT_APPLICABLE,
                    null);
        }
        double lo = d.lo() == null ? d.mean() : d.lo();
        double hi = d.hi() == null ? d.mean() : d.hi();
        Verdict v = Verdict.decide(family.direction(), lo, hi, threshold, options.strict());
        return new MetricResult(id, family.id(), title(family, condition), condition, family.direction(),
                family.share(), threshold, b, c, d.mean(), lo, hi, clusters, pairs, v, null);
    }

    private MetricResult notApplicable(MetricFamily family, String id, String condition, String why) {
        return new MetricResult(id, family.id(), title(family, condition), condition, family.direction(),
                family.share(), options.thresholds().forMetric(id), null, null, null, null, null, 0, 0,
                Verdict.NOT_APPLICABLE, why);
    }

    private static String title(MetricFamily family, String condition) {
        return condition == null ? family.title() : family.title() + ", " + condition;
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
