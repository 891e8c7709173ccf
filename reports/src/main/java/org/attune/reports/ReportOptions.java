package org.attune.reports;

import java.nio.file.Path;

/**
 * How to build a report.
 *
 * @param compareWith  a baseline run directory to compare against, or null for no comparison
 * @param minAlignment the mean alignment (1-5) each personalized agent x condition x task must reach
 *                     for its JUnit test case to pass, or null for no threshold
 * @param round        the round of a longitudinal run its page details, or null for the default (the latest
 *                     round where a learning learner still needed an edit)
 */
public record ReportOptions(Path compareWith, Double minAlignment, Integer round) {

    public ReportOptions {
        if (minAlignment != null && (minAlignment.isNaN() || minAlignment < 1 || minAlignment > 5)) {
            throw new IllegalArgumentException("minAlignment: must be within 1-5, was " + minAlignment);
        }
        if (round != null && round < 1) {
            throw new IllegalArgumentException("round: must be 1 or more, was " + round);
        }
    }

    public ReportOptions(Path compareWith, Double minAlignment) {
        this(compareWith, minAlignment, null);
    }

    /** No comparison, no threshold. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, null);
    }
}
