package org.attune.reports.gate;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the gate concludes about one metric. */
public enum Verdict {
    REGRESSION("regression"),
    IMPROVEMENT("improvement"),
    /** The interval lies wholly on the bad side of 0, but not beyond the threshold: it does not fail. */
    DROP_WITHIN_THRESHOLD("significantly worse, within the threshold"),
    /** The interval lies wholly on the good side of 0, but not beyond the threshold. */
    GAIN_WITHIN_THRESHOLD("significantly better, within the threshold"),
    NO_SIGNIFICANT_CHANGE("no significant change"),
    /** Nothing to compare (e.g. recall in a run without discovery). */
    NOT_APPLICABLE("not applicable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * Decides from the interval [lo, hi] of the change (candidate minus baseline): regression when
     * it lies wholly on the bad side of -threshold, improvement when wholly on the good side of
     * +threshold; an interval that excludes 0 without passing the threshold is a significant change
     * within the threshold (it never fails); otherwise no significant change. With {@code strict}, an interval that merely
     * reaches past -threshold on the bad side is already a regression.
     */
    public static Verdict decide(Direction direction, double lo, double hi, double threshold, boolean strict) {
        // turn the interval into "positive is good"
        double good = direction == Direction.HIGHER_IS_BETTER ? lo : -hi;
        double best = direction == Direction.HIGHER_IS_BETTER ? hi : -lo;
        if (best < -threshold || (strict && good < -threshold)) {
            return REGRESSION;
        }
        if (good > threshold) {
            return IMPROVEMENT;
        }
        if (best < 0) {
            return DROP_WITHIN_THRESHOLD;
        }
        if (good > 0) {
            return GAIN_WITHIN_THRESHOLD;
        }
        return NO_SIGNIFICANT_CHANGE;
    }
}
