package org.attune.evaluator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.attune.evaluator.Interval;
import org.attune.evaluator.statistics.Bootstrap.Method;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    /** A small right-skewed sample, where BCa and percentile intervals should differ. */
    private static final double[] SKEWED = {0.5, 0.8, 1.1, 1.3, 1.9, 2.4, 3.0, 4.2, 6.5, 11.0};

    @Test
    void constantDataGivesAZeroWidthIntervalByBothMethods() {
        double[] x = {2.5, 2.5, 2.5, 2.5, 2.5, 2.5};
        for (Method m : Method.values()) {
            Interval i = Bootstrap.interval(m, x.length, Statistic.mean(x), 1000, 7, 0.95);
            assertThat(i).isEqualTo(new Interval(2.5, 2.5, 2.5));
        }
    }

    @Test
    void sameSeedSameIntervalOtherSeedOtherInterval() {
        Interval a = Bootstrap.bca(SKEWED.length, Statistic.mean(SKEWED), 2000, 1, 0.95);
        Interval b = Bootstrap.bca(SKEWED.length, Statistic.mean(SKEWED), 2000, 1, 0.95);
        Interval c = Bootstrap.bca(SKEWED.length, Statistic.mean(SKEWED), 2000, 2, 0.95);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void matchesAnIndependentImplementationBitForBit() {
        // Golden values from a separate Python/NumPy/SciPy implementation of the same procedure
        // (SplitMix64 multiply-shift draws, type-7 quantiles, half-counted ties, jackknife
        // acceleration), seed 42.
        int n = SKEWED.length;
        Interval pct = Bootstrap.percentile(n, Statistic.mean(SKEWED), 2000, 42, 0.95);
        assertThat(pct.mean()).isCloseTo(3.27, within(1e-12));
        assertThat(pct.lo()).isCloseTo(1.64, within(1e-9));
        assertThat(pct.hi()).isCloseTo(5.33025, within(1e-9));
        Interval bca = Bootstrap.bca(n, Statistic.mean(SKEWED), 2000, 42, 0.95);
        assertThat(bca.lo()).isCloseTo(1.93, within(1e-9));
        assertThat(bca.hi()).isCloseTo(6.211110725802623, within(1e-9));
    }

    @Test
    void bcaEndsFollowTheTextbookFormulaOnTheSameReplicates() {
        int n = SKEWED.length;
        double[] reps = Bootstrap.replicates(n, Statistic.mean(SKEWED), 4000, 9);
        double est = Arrays.stream(SKEWED).average().orElseThrow();
        // independent: z0 from the share below the estimate, a from the skewness identity for the
        // mean (leave-one-out means differ from their average by (x_i - mean)/(n - 1))
        long below = Arrays.stream(reps).filter(r -> r < est).count();
        long ties = Arrays.stream(reps).filter(r -> r == est).count();
        double z0 = Normal.quantile((below + ties / 2.0) / reps.length);
        double s2 = 0;
        double s3 = 0;
        for (double v : SKEWED) {
            s2 += (v - est) * (v - est);
            s3 += Math.pow(v - est, 3);
        }
        double a = s3 / (6 * Math.pow(s2, 1.5));
        double zLo = Normal.quantile(0.025);
        double zHi = Normal.quantile(0.975);
        double pLo = Normal.cdf(z0 + (z0 + zLo) / (1 - a * (z0 + zLo)));
        double pHi = Normal.cdf(z0 + (z0 + zHi) / (1 - a * (z0 + zHi)));
        Interval bca = Bootstrap.bca(n, Statistic.mean(SKEWED), 4000, 9, 0.95);
        assertThat(bca.lo()).isCloseTo(typeSevenQuantile(reps, pLo), within(1e-12));
        assertThat(bca.hi()).isCloseTo(typeSevenQuantile(reps, pHi), within(1e-12));
        // the right skew pushes both BCa ends up relative to the percentile interval
        Interval pct = Bootstrap.percentile(n, Statistic.mean(SKEWED), 4000, 9, 0.95);
        assertThat(bca.lo()).isGreaterThan(pct.lo());
        assertThat(bca.hi()).isGreaterThan(pct.hi());
    }

    @Test
    void accelerationOfTheMeanIsSkewnessOverSixRootN() {
        // 1, 2, 3, 4, 10: deviations -3 -2 -1 0 6, sum d^3 = 180, sum d^2 = 50, a = 180 / (6 * 50^1.5)
        double[] x = {1, 2, 3, 4, 10};
        double a = Bootstrap.acceleration(Bootstrap.jackknife(x.length, Statistic.mean(x)));
        assertThat(a).isCloseTo(180 / (6 * Math.pow(50, 1.5)), within(1e-15)).isCloseTo(0.0848528, within(1e-7));
    }

    @Test
    void agreesWithScipyBcaOnManyResamples() {
        // scipy.stats.bootstrap(method='BCa', n_resamples=200000) on SKEWED gives (1.85, 6.08) and
        // percentile (1.60, 5.40); with other random draws, agreement is within Monte Carlo error
        Interval bca = Bootstrap.bca(SKEWED.length, Statistic.mean(SKEWED), 200_000, 3, 0.95);
        Interval pct = Bootstrap.percentile(SKEWED.length, Statistic.mean(SKEWED), 200_000, 3, 0.95);
        assertThat(bca.lo()).isCloseTo(1.85, within(0.03));
        assertThat(bca.hi()).isCloseTo(6.08, within(0.06));
        assertThat(pct.lo()).isCloseTo(1.60, within(0.03));
        assertThat(pct.hi()).isCloseTo(5.40, within(0.05));
    }

    @Test
    void percentileIntervalOfAProportionNearTheNormalApproximation() {
        // 50 ones and 50 zeros: p = 0.5, standard error 0.05, so roughly 0.5 +- 1.96 * 0.05
        double[] x = new double[100];
        Arrays.fill(x, 0, 50, 1.0);
        Interval i = Bootstrap.percentile(x.length, Statistic.mean(x), 10_000, 5, 0.95);
        assertThat(i.mean()).isEqualTo(0.5);
        assertThat(i.lo()).isCloseTo(0.402, within(0.01));
        assertThat(i.hi()).isCloseTo(0.598, within(0.01));
    }

    @Test
    void undefinedReplicatesAreSetAside() {
        // a ratio whose denominator is zero for resamples that miss the second unit
        Statistic ratio = Statistic.ratio(new double[] {1, 1}, new double[] {0, 1});
        double[] reps = Bootstrap.replicates(2, ratio, 1000, 3);
        assertThat(reps.length).isBetween(650, 850); // P(miss unit 2) = 1/4
        assertThat(Arrays.stream(reps).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void clusteredPoolsValuesByClusterSize() {
        List<double[]> clusters = List.of(new double[] {1, 1, 1}, new double[] {4});
        Interval i = Bootstrap.clustered(clusters, 2000, 0);
        assertThat(i.mean()).isEqualTo(7 / 4.0);
        // possible resamples: {a,a} 1, {a,b} 7/4, {b,b} 4
        assertThat(i.lo()).isEqualTo(1.0);
        assertThat(i.hi()).isEqualTo(4.0);
        assertThat(Bootstrap.clustered(List.of(), 100, 0)).isEqualTo(Interval.EMPTY);
    }

    @Test
    void drawsAreUniformOverUnits() {
        // 7 units, 70,000 draws: each count within 4 standard deviations (about 4 * 90) of 10,000
        org.attune.personas.PreferenceSampler.SplitMix64 rng = new org.attune.personas.PreferenceSampler.SplitMix64(11);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[Bootstrap.draw(rng, 7)]++;
        }
        assertThat(java.util.Arrays.stream(counts).min().orElseThrow()).isGreaterThanOrEqualTo(9_640);
        assertThat(java.util.Arrays.stream(counts).max().orElseThrow()).isLessThanOrEqualTo(10_360);
    }

    private static double typeSevenQuantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
    }
}
