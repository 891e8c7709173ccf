package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;

/** Everything {@code attune run} was asked to do, after option parsing and defaults. */
public record RunRequest(
        String suite,
        List<String> tasks,
        List<String> personas,
        List<String> conditions,
        List<String> agents,
        String user,
        String userStyle,
        String judge,
        String editor,
        int maxTurns,
        int prefsPerItem,
        Integer limit,
        int epochs,
        long seed,
        int concurrency,
        double maxErrorRate,
        Path out,
        String shard) {
}
