package org.attune.evaluator.statistics;

import java.util.List;
import org.attune.evaluator.Interval;
import org.attune.personas.PreferenceSampler.SplitMix64;

/**
 * Percentile bootstrap over clusters: each resample draws clusters with replacement and takes
 * the mean of all values in the drawn clusters. Seeded, so intervals are reproducible.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 2000;

    private Bootstrap() {
    }

    /** Mean and 95% percentile interval of the pooled values of resampled clusters. */
    public static Interval clustered(List<double[]> clusters, int resamples, long seed) {
        int n = clusters.size();
        if (n == 0) {
            return Interval.EMPTY;
        }
        double[] sums = new double[n];
        int[] counts = new int[n];
        double total = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (double v : clusters.get(i)) {
                sums[i] += v;
            }
            counts[i] = clusters.get(i).length;
            total += sums[i];
            count += counts[i];
        }
        if (count == 0) {
            return Interval.EMPTY;
        }
        double mean = total / count;
        SplitMix64 rng = new SplitMix64(seed);
        double[] stats = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            int c = 0;
            for (int j = 0; j < n; j++) {
                int k = rng.nextInt(n);
                s += sums[k];
                c += counts[k];
            }
            stats[b] = c == 0 ? mean : s / c;
        }
        java.util.Arrays.sort(stats);
        return new Interval(mean, quantile(stats, 0.025), quantile(stats, 0.975));
    }

    /** Linear-interpolation quantile of sorted data (type 7). */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
