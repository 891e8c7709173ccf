package org.attune.runners;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PrefDisco fixtures of the tasks module's tests (records in the layout PrefDisco's generator
 * writes, with original content), found from the project root.
 */
public final class PrefDiscoSample {
    private static final String DIR = "tasks/src/test/resources/prefdisco";

    private PrefDiscoSample() {
    }

    /** The mixed file: one record of every source dataset, one with an image. */
    public static Path path() {
        return file("personalized_mixed.jsonl");
    }

    /** One fixture file; fails (never skips) when it cannot be found, since it is part of this project. */
    public static Path file(String name) {
        List<Path> tried = new ArrayList<>();
        for (String root : new String[] {System.getProperty("attune.root"), "..", "."}) {
            if (root != null) {
                Path p = Path.of(root).resolve(DIR).resolve(name).toAbsolutePath().normalize();
                if (Files.isRegularFile(p)) {
                    return p;
                }
                tried.add(p);
            }
        }
        throw new IllegalStateException("the PrefDisco fixture is missing; looked at " + tried);
    }
}
