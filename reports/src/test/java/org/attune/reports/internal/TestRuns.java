package org.attune.reports.internal;

import java.nio.file.Path;

/** Test helpers for run folders kept under target/ so their reports can be opened after a build. */
public final class TestRuns {
    private TestRuns() {
    }

    /** Empties (or creates) a folder for a new run. */
    public static Path fresh(Path dir) {
        ReportWriter.deleteTree(dir);
        return dir;
    }
}
