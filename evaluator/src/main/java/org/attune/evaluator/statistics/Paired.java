package org.attune.evaluator.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.attune.evaluator.Interval;

/**
 * Paired observations grouped into clusters: for each cluster, the baseline and candidate values
 * of the keys present (and defined) in both. The bootstrap resamples whole clusters, so values
 * that share a cluster (the epochs and conditions of one item-persona pair) move together.
 *
 * @param clusters   cluster names, sorted
 * @param baseline   per cluster, the baseline values
 * @param candidate  per cluster, the candidate values, aligned with {@code baseline}
 */
public record Paired(List<String> clusters, List<double[]> baseline, List<double[]> candidate) {

    public Paired {
        clusters = List.copyOf(clusters);
        baseline = List.copyOf(baseline);
        candidate = List.copyOf(candidate);
        if (baseline.size() != clusters.size() || candidate.size() != clusters.size()) {
            throw new IllegalArgumentException("one value array per cluster and side is needed");
        }
        for (int i = 0; i < clusters.size(); i++) {
            if (baseline.get(i).length != candidate.get(i).length) {
                throw new IllegalArgumentException("cluster " + clusters.get(i) + ": unequal number of pairs");
            }
        }
    }

    /**
     * Pairs the values of keys present in both maps with non-null values, grouping keys by
     * {@code clusterOf}. Clusters and the keys within them are taken in sorted order.
     */
    public static Paired of(Map<String, Double> baseline, Map<String, Double> candidate,
            Function<String, String> clusterOf) {
        Map<String, List<double[]>> byCluster = new TreeMap<>();
        for (Map.Entry<String, Double> e : new TreeMap<>(baseline).entrySet()) {
            Double c = candidate.get(e.getKey());
            if (e.getValue() != null && c != null) {
                byCluster.computeIfAbsent(clusterOf.apply(e.getKey()), k -> new ArrayList<>())
                        .add(new double[] {e.getValue(), c});
            }
        }
        List<String> names = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        List<double[]> c = new ArrayList<>();
        byCluster.forEach((name, pairs) -> {
            names.add(name);
            b.add(pairs.stream().mapToDouble(p -> p[0]).toArray());
            c.add(pairs.stream().mapToDouble(p -> p[1]).toArray());
        });
        return new Paired(names, b, c);
    }

    /** Number of clusters (the bootstrap's units). */
    public int size() {
        return clusters.size();
    }

    /** Number of pairs over all clusters. */
    public int pairs() {
        return baseline.stream().mapToInt(a -> a.length).sum();
    }

    /** Per cluster, candidate minus baseline for each pair. */
    public List<double[]> differences() {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            double[] b = baseline.get(i);
            double[] c = candidate.get(i);
            double[] d = new double[b.length];
            for (int j = 0; j < b.length; j++) {
                d[j] = c[j] - b[j];
            }
            out.add(d);
        }
        return out;
    }

    /** The pooled mean of the baseline values. */
    public Statistic baselineMean() {
        return Statistic.pooledMean(baseline);
    }

    /** The pooled mean of the candidate values. */
    public Statistic candidateMean() {
        return Statistic.pooledMean(candidate);
    }

    /** The mean paired difference (candidate minus baseline) over the drawn clusters. */
    public Statistic meanDifference() {
        return Statistic.pooledMean(differences());
    }

    /** The mean paired difference with a bootstrap interval over clusters. */
    public Interval meanDifference(Bootstrap.Method method, int resamples, long seed, double level) {
        return Bootstrap.interval(method, size(), meanDifference(), resamples, seed, level);
    }
}
