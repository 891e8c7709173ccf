package org.attune.reports.gate;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the gate concludes about one metric. */
public enum Verdict {
    REGRESSION("regression"),
    IMPROVEMENT("improvement"),
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
     * +threshold, otherwise no significant change. With {@code strict}, an interval that merely
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
        return NO_SIGNIFICANT_CHANGE;
    }
}
