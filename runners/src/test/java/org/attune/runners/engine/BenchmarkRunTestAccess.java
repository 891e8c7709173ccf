package org.attune.runners.engine;

import java.nio.file.Path;

/** The real public data files, for tests in other packages. */
public final class BenchmarkRunTestAccess {
    private BenchmarkRunTestAccess() {
    }

    public static Path realData(String file) {
        return BenchmarkRunTest.realData(file);
    }
}
