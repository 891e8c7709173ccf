package org.attune.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.attune.evaluator.RunDirectory;

/** The end of a command that checked thresholds: the groups that missed them, and exit 1 when any did. */
final class Thresholds {
    private Thresholds() {
    }

    static int exitCode(Path dir, List<String> missed, PrintWriter err) {
        if (missed.isEmpty()) {
            return ExitCodes.OK;
        }
        err.println("attune: " + missed.size() + " group(s) missed the thresholds (failures in "
                + dir.resolve(RunDirectory.JUNIT_XML) + "):");
        missed.forEach(m -> err.println("  " + m));
        err.flush();
        return ExitCodes.REGRESSION;
    }
}
