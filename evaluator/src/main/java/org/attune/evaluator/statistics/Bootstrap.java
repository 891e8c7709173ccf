package org.attune.evaluator.statistics;

import java.util.Arrays;
import java.util.List;
import org.attune.evaluator.Interval;
import org.attune.personas.PreferenceSampler.SplitMix64;

/**
 * Nonparametric bootstrap over n units (observations or clusters) drawn with replacement, with
 * percentile and BCa (bias-corrected and accelerated) intervals. Seeded with SplitMix64, so the
 * same inputs give the same interval on every machine.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 2000;

    /** How the interval is read off the replicates. */
    public enum Method {
        /** The alpha/2 and 1-alpha/2 quantiles of the replicates. */
        PERCENTILE,
        /** Quantiles shifted for median bias (z0) and skewness (jackknife acceleration). */
        BCA
    }

    private Bootstrap() {
    }

    /** Mean and 95% percentile interval of the pooled values of resampled clusters. */
    public static Interval clustered(List<double[]> clusters, int resamples, long seed) {
        int count = 0;
        for (double[] c : clusters) {
            count += c.length;
        }
        if (count == 0) {
            return Interval.EMPTY;
        }
        return percentile(clusters.size(), Statistic.pooledMean(clusters), resamples, seed, 0.95);
    }

    /** Estimate on the full sample and percentile interval at the given two-sided level. */
    public static Interval percentile(int n, Statistic stat, int resamples, long seed, double level) {
        return interval(Method.PERCENTILE, n, stat, resamples, seed, level);
    }

    /** Estimate on the full sample and BCa interval at the given two-sided level. */
    public static Interval bca(int n, Statistic stat, int resamples, long seed, double level) {
        return interval(Method.BCA, n, stat, resamples, seed, level);
    }

    /**
     * Estimate and interval by the given method. The estimate is the statistic on the full sample;
     * when it is undefined, or no replicate is, the result is {@link Interval#EMPTY} or a point.
     */
    public static Interval interval(Method method, int n, Statistic stat, int resamples, long seed, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        if (n == 0) {
            return Interval.EMPTY;
        }
        double estimate = stat.of(ones(n));
        if (Double.isNaN(estimate)) {
            return Interval.EMPTY;
        }
        double[] reps = replicates(n, stat, resamples, seed);
        if (reps.length == 0) {
            return Interval.point(estimate);
        }
        double alpha = (1 - level) / 2;
        if (method == Method.PERCENTILE || reps[0] == reps[reps.length - 1]) {
            // a degenerate distribution has no shape to correct: both methods give the point
            return new Interval(estimate, quantile(reps, alpha), quantile(reps, 1 - alpha));
        }
        double z0 = biasCorrection(reps, estimate);
        double a = acceleration(jackknife(n, stat));
        return new Interval(estimate, quantile(reps, bcaLevel(z0, a, alpha)), quantile(reps, bcaLevel(z0, a, 1 - alpha)));
    }

    /**
     * The defined replicates of the statistic, sorted. Resample b draws n units from one SplitMix64
     * stream seeded with {@code seed}; unit = floor(n * (top 32 bits of nextLong) / 2^32).
     */
    public static double[] replicates(int n, Statistic stat, int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, was " + resamples);
        }
        SplitMix64 rng = new SplitMix64(seed);
        double[] out = new double[resamples];
        int kept = 0;
        int[] counts = new int[n];
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(counts, 0);
            for (int j = 0; j < n; j++) {
                counts[draw(rng, n)]++;
            }
            double v = stat.of(counts);
            if (!Double.isNaN(v)) {
                out[kept++] = v;
            }
        }
        double[] reps = Arrays.copyOf(out, kept);
        Arrays.sort(reps);
        return reps;
    }

    /**
     * A unit in [0, n) by multiply-shift on the top 32 bits: several times faster than a modulo,
     * which dominated resampling time, and biased by at most n / 2^32.
     */
    static int draw(SplitMix64 rng, int n) {
        return (int) (((rng.nextLong() >>> 32) * n) >>> 32);
    }

    /** Leave-one-unit-out values of the statistic (NaN where undefined). */
    public static double[] jackknife(int n, Statistic stat) {
        int[] counts = ones(n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            counts[i] = 0;
            out[i] = stat.of(counts);
            counts[i] = 1;
        }
        return out;
    }

    /**
     * Jackknife acceleration: sum(d^3) / (6 * (sum(d^2))^1.5) with d = mean - value_i over the
     * defined leave-one-out values; 0 when they do not vary.
     */
    public static double acceleration(double[] jackknifeValues) {
        double[] v = Arrays.stream(jackknifeValues).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(v).average().orElse(0);
        double s2 = 0;
        double s3 = 0;
        for (double x : v) {
            double d = mean - x;
            s2 += d * d;
            s3 += d * d * d;
        }
        return s2 == 0 ? 0 : s3 / (6 * Math.pow(s2, 1.5));
    }

    /**
     * z0 = Phi^-1(share of replicates below the estimate), ties counted as half, the share kept
     * within [1/(2B), 1 - 1/(2B)] so that z0 stays finite.
     */
    public static double biasCorrection(double[] sortedReplicates, double estimate) {
        int b = sortedReplicates.length;
        double below = 0;
        for (double r : sortedReplicates) {
            if (r < estimate) {
                below++;
            } else if (r == estimate) {
                below += 0.5;
            }
        }
        double share = Math.min(Math.max(below / b, 0.5 / b), 1 - 0.5 / b);
        return Normal.quantile(share);
    }

    /** The BCa-adjusted quantile level for a nominal level p. */
    static double bcaLevel(double z0, double a, double p) {
        double zp = Normal.quantile(p);
        double shifted = z0 + zp;
        double adjusted = Normal.cdf(z0 + shifted / (1 - a * shifted));
        return Double.isNaN(adjusted) ? p : adjusted;
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

    private static int[] ones(int n) {
        int[] c = new int[n];
        Arrays.fill(c, 1);
        return c;
    }
}
