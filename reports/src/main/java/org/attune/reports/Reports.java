package org.attune.reports;

import java.nio.file.Path;
import org.attune.evaluator.RunDirectory;

/** TEMPORARY stub until the reports branch lands. */
public final class Reports {
    private Reports() {
    }

    public static void writeAll(Path runDir, ReportOptions options) {
        RunDirectory.writeAtomic(runDir.resolve("report/index.html"), "<!doctype html><title>Attune</title>\n");
        RunDirectory.writeAtomic(runDir.resolve("summary.md"), "# Attune\n");
        RunDirectory.writeAtomic(runDir.resolve("junit.xml"), "<testsuites/>\n");
    }
}
