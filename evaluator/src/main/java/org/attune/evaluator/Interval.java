package org.attune.evaluator;

/** A mean with a 95% interval; all null when there was nothing to average. */
public record Interval(Double mean, Double lo, Double hi) {
    public static final Interval EMPTY = new Interval(null, null, null);

    public static Interval point(Double mean) {
        return new Interval(mean, null, null);
    }
}
