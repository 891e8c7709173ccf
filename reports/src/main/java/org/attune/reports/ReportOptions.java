package org.attune.reports;

import java.nio.file.Path;

/**
 * How to build a report.
 *
 * @param compareWith  a baseline run directory to compare against, or null for no comparison
 * @param minAlignment the mean alignment (1-5) each personalized agent x condition x task must reach
 *                     for its JUnit test case to pass, or null for no threshold
 */
public record ReportOptions(Path compareWith, Double minAlignment) {

    public ReportOptions {
        if (minAlignment != null && (minAlignment.isNaN() || minAlignment < 1 || minAlignment > 5)) {
            throw new IllegalArgumentException("minAlignment: must be within 1-5, was " + minAlignment);
        }
    }

    /** No comparison, no threshold. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, null);
    }
}
