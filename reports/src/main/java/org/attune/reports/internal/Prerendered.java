package org.attune.reports.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.attune.evaluator.Episode;

/**
 * Episode pages already written into a report's staging folder while the run was going on. The
 * report writer keeps such a page only when it shows exactly what the finished run would show.
 */
public interface Prerendered {
    /** The staging folder the pages were written into. */
    Path root();

    /** Whether the page of {@code key} was written from exactly these siblings (its pair, in page order). */
    boolean current(String key, List<Episode> siblings);

    /** The keys of every page written. */
    Set<String> keys();

    /**
     * What an episode page shows of the run: every episode of its pair, itself included, in page
     * order. Records hash by value, so an episode read back from the journal hashes like the one the
     * engine wrote.
     */
    static long fingerprint(List<Episode> siblings) {
        long h = siblings.size();
        for (Episode s : siblings) {
            h = h * 0x9E3779B97F4A7C15L + s.hashCode();
            h ^= h >>> 29;
        }
        return h;
    }
}
