package org.attune.evaluator.statistics;

import java.util.List;

/**
 * A statistic of a bootstrap resample of n units (observations or clusters), given as how many
 * times each unit was drawn: {@code counts[i]} copies of unit i. All ones is the original sample;
 * a single zero is a jackknife sample. Return {@link Double#NaN} when the statistic is undefined
 * for a resample (such replicates are set aside).
 */
@FunctionalInterface
public interface Statistic {
    double of(int[] counts);

    /** This statistic minus another, on the same resample (for paired differences). */
    default Statistic minus(Statistic other) {
        return counts -> of(counts) - other.of(counts);
    }

    /** The mean of one value per unit. */
    static Statistic mean(double[] values) {
        double[] ones = new double[values.length];
        java.util.Arrays.fill(ones, 1);
        return ratio(values, ones);
    }

    /** The mean of all values pooled over the drawn clusters (a cluster counts by its size). */
    static Statistic pooledMean(List<double[]> clusters) {
        int n = clusters.size();
        double[] sums = new double[n];
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            for (double v : clusters.get(i)) {
                sums[i] += v;
            }
            sizes[i] = clusters.get(i).length;
        }
        return ratio(sums, toDoubles(sizes));
    }

    /** sum(counts * numerator) / sum(counts * denominator); NaN when the denominator is 0. */
    static Statistic ratio(double[] numerator, double[] denominator) {
        if (numerator.length != denominator.length) {
            throw new IllegalArgumentException("numerator and denominator differ in length");
        }
        double[] num = numerator.clone();
        double[] den = denominator.clone();
        return counts -> {
            double s = 0;
            double d = 0;
            for (int i = 0; i < num.length; i++) {
                s += counts[i] * num[i];
                d += counts[i] * den[i];
            }
            return d == 0 ? Double.NaN : s / d;
        };
    }

    private static double[] toDoubles(int[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
