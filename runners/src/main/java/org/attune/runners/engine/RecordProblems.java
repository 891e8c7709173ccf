package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.tasks.formats.LoadResult;

/**
 * The lines {@code attune validate} and {@code attune run} print for a benchmark file with records
 * that do not load: one {@code file:line: field: message} line per record, then a count.
 */
public final class RecordProblems {
    /** How many record problems of one file are listed before "... and N more". */
    public static final int SHOWN = 50;

    private RecordProblems() {
    }

    public static List<String> lines(Path file, LoadResult r) {
        List<String> p = r.problems();
        List<String> shown = new ArrayList<>(p.subList(0, Math.min(p.size(), SHOWN)));
        if (p.size() > SHOWN) {
            shown.add(file + ": ... and " + (p.size() - SHOWN) + " more records with problems");
        }
        shown.add(file + ": read as " + r.format() + ": " + r.set().items().size()
                + " items loaded; the records above did not");
        return shown;
    }
}
