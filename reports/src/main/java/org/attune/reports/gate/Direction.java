package org.attune.reports.gate;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way a metric is better. */
public enum Direction {
    HIGHER_IS_BETTER("higher is better"),
    LOWER_IS_BETTER("lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** +1 when higher is better, -1 otherwise: multiplies a change into "good is positive". */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
