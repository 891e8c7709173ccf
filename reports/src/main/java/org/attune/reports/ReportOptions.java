package org.attune.reports;

import java.nio.file.Path;

/** TEMPORARY stub until the reports branch lands. */
public record ReportOptions(Path compareWith, Double minAlignment) {
    public static ReportOptions defaults() {
        return new ReportOptions(null, null);
    }
}
