package org.attune.evaluator.statistics;

import org.attune.evaluator.Interval;

/**
 * Wilson score interval for a binomial proportion (no continuity correction). Unlike the
 * normal-approximation interval it stays inside [0, 1] and has a non-zero width at 0/n and n/n.
 */
public final class Wilson {
    private Wilson() {
    }

    /** Observed share and 95% Wilson interval. */
    public static Interval interval(long successes, long trials) {
        return interval(successes, trials, 0.95);
    }

    /** Observed share and Wilson interval at a two-sided confidence level in (0, 1). */
    public static Interval interval(long successes, long trials, double level) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, was " + successes + "/" + trials);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        if (trials == 0) {
            return Interval.EMPTY;
        }
        double z = Normal.quantile(1 - (1 - level) / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = n + z2;
        double centre = (successes + z2 / 2) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) * n + z2 / 4);
        // exact ends at 0/n and n/n, where rounding could otherwise leave 1e-17 instead of 0
        double lo = successes == 0 ? 0 : Math.max(0, centre - half);
        double hi = successes == trials ? 1 : Math.min(1, centre + half);
        return new Interval(p, lo, hi);
    }
}
