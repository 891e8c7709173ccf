package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;

/** Lets tests of other packages compare run folders as {@link RunServiceTest} does. */
public final class RunServiceTestAccess {
    private RunServiceTestAccess() {
    }

    /** The episode lines without timing, sorted. */
    public static List<String> stableLines(Path dir) throws Exception {
        return RunServiceTest.stableLines(dir);
    }
}
