package org.attune.runners;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hand-written PrefDisco sample of the tasks module's tests, found from the project root. */
public final class PrefDiscoSample {
    private static final String FILE = "tasks/src/test/resources/formats/prefdisco-sample.jsonl";

    private PrefDiscoSample() {
    }

    /** The sample file; fails (never skips) when it cannot be found, since it is part of this project. */
    public static Path path() {
        List<Path> tried = new ArrayList<>();
        for (String root : new String[] {System.getProperty("attune.root"), "..", "."}) {
            if (root != null) {
                Path p = Path.of(root).resolve(FILE).toAbsolutePath().normalize();
                if (Files.isRegularFile(p)) {
                    return p;
                }
                tried.add(p);
            }
        }
        throw new IllegalStateException("the PrefDisco sample is missing; looked at " + tried);
    }
}
