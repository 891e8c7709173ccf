package org.attune.evaluator;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a new generation of {@code episodes.jsonl} with one line per key, preferring for each key
 * the last line that finished without an error. The new file is written beside the old one and
 * renamed over it atomically, so no line is lost before its replacement exists.
 */
public final class JournalCompaction {
    private JournalCompaction() {
    }

    /** Returns how many keys the new generation holds. */
    public static int compact(RunDirectory dir, List<Episode> allLines) {
        Map<String, Episode> best = new LinkedHashMap<>();
        for (Episode e : allLines) {
            Episode prev = best.get(e.key());
            if (prev == null || !e.failed() || prev.failed()) {
                best.put(e.key(), e);
            }
        }
        StringBuilder sb = new StringBuilder();
        try {
            for (Episode e : best.values()) {
                sb.append(RunDirectory.mapper().writeValueAsString(e)).append('\n');
            }
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialize an episode", ex);
        }
        RunDirectory.writeAtomic(dir.file(RunDirectory.EPISODES), sb.toString());
        return best.size();
    }
}
