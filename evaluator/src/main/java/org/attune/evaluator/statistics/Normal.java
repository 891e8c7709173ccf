package org.attune.evaluator.statistics;

/**
 * The standard normal distribution: cumulative probability and its inverse, accurate to about
 * 1e-15 relative error, with no dependency beyond {@link Math}.
 */
public final class Normal {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private Normal() {
    }

    /** P(Z <= z) for a standard normal Z. */
    public static double cdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        if (Double.isInfinite(z)) {
            return z > 0 ? 1 : 0;
        }
        // Phi(z) = erfc(-z / sqrt 2) / 2, evaluated on the side that avoids cancellation
        double x = -z / SQRT2;
        return x >= 0 ? erfc(x) / 2 : 1 - erfc(-x) / 2;
    }

    /** The z with P(Z <= z) = p; -infinity at 0 and +infinity at 1. */
    public static double quantile(double p) {
        if (Double.isNaN(p) || p < 0 || p > 1) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (p > 0.5) {
            return -quantile(1 - p);
        }
        // a rough start (Abramowitz & Stegun 26.2.23, error < 5e-4), polished by Halley steps
        double t = Math.sqrt(-2 * Math.log(p));
        double x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
        for (int i = 0; i < 3; i++) {
            double e = cdf(x) - p;
            double u = e * SQRT_2PI * Math.exp(x * x / 2);
            x = x - u / (1 + x * u / 2);
        }
        return x;
    }

    /** Complementary error function for x >= 0. */
    static double erfc(double x) {
        if (x < 1) {
            return 1 - erfSeries(x);
        }
        return erfcContinuedFraction(x);
    }

    /** erf(x) = 2/sqrt(pi) e^(-x^2) sum x^(2n+1) 2^n / (1*3*...*(2n+1)); all terms positive. */
    private static double erfSeries(double x) {
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int n = 1; n < 200; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return 2 / SQRT_PI * Math.exp(-x2) * sum;
    }

    /**
     * erfc(x) = e^(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated with the
     * modified Lentz method; converges in under 200 steps for x >= 1.
     */
    private static double erfcContinuedFraction(double x) {
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 500; k++) {
            double a = k / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / SQRT_PI / f;
    }
}
