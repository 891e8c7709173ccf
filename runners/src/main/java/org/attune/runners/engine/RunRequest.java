package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;
import org.attune.tasks.formats.LoadOptions;

/**
 * Everything {@code attune run} was asked to do, after option parsing and defaults.
 * {@code taskOptions} says how {@code --tasks} files in public benchmark formats are read.
 */
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
        String shard,
        LoadOptions taskOptions) {

    public RunRequest {
        taskOptions = taskOptions == null ? LoadOptions.defaults() : taskOptions;
    }

    /** A request whose task files are read with detected formats and no options. */
    public RunRequest(String suite, List<String> tasks, List<String> personas, List<String> conditions,
                      List<String> agents, String user, String userStyle, String judge, String editor, int maxTurns,
                      int prefsPerItem, Integer limit, int epochs, long seed, int concurrency, double maxErrorRate,
                      Path out, String shard) {
        this(suite, tasks, personas, conditions, agents, user, userStyle, judge, editor, maxTurns, prefsPerItem, limit,
                epochs, seed, concurrency, maxErrorRate, out, shard, LoadOptions.defaults());
    }
}
