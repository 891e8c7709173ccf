package org.attune.reports.internal;

/** Axis ticks for charts whose range comes from the data: whole multiples of 1, 2 or 5 times a power of ten. */
final class Ticks {
    private Ticks() {
    }

    /** The step of about {@code count} ticks up to {@code hi} (hi > 0): 1, 2 or 5 times a power of ten, at least 1. */
    static double step(double hi, int count) {
        double raw = Math.max(hi, 1) / Math.max(1, count);
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * p >= raw - 1e-9) {
                return Math.max(1, m * p);
            }
        }
        return Math.max(1, 10 * p);
    }

    /** The first multiple of the step at or above hi. */
    static double top(double hi, double step) {
        return Math.max(step, Math.ceil(hi / step - 1e-9) * step);
    }

    /** 0, step, 2 step, ... up to top inclusive. */
    static double[] upTo(double top, double step) {
        int n = (int) Math.round(top / step);
        double[] out = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            out[i] = i * step;
        }
        return out;
    }
}
