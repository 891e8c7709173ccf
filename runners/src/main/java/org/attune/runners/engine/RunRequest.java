package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;
import org.attune.runners.models.ModelOptions;
import org.attune.tasks.formats.LoadOptions;

/**
 * Everything {@code attune run} was asked to do, after option parsing and defaults.
 * {@code taskOptions} says how {@code --tasks} files in public benchmark formats are read;
 * {@code models} configures the model-backed roles (generation, cache, retries, connections).
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
        LoadOptions taskOptions,
        ModelOptions models) {

    public RunRequest {
        taskOptions = taskOptions == null ? LoadOptions.defaults() : taskOptions;
        models = models == null ? ModelOptions.defaults() : models;
    }

    /** A request with the default model options. */
    public RunRequest(String suite, List<String> tasks, List<String> personas, List<String> conditions,
                      List<String> agents, String user, String userStyle, String judge, String editor, int maxTurns,
                      int prefsPerItem, Integer limit, int epochs, long seed, int concurrency, double maxErrorRate,
                      Path out, String shard, LoadOptions taskOptions) {
        this(suite, tasks, personas, conditions, agents, user, userStyle, judge, editor, maxTurns, prefsPerItem, limit,
                epochs, seed, concurrency, maxErrorRate, out, shard, taskOptions, ModelOptions.defaults());
    }

    /** A request whose task files are read with detected formats and no options, with default model options. */
    public RunRequest(String suite, List<String> tasks, List<String> personas, List<String> conditions,
                      List<String> agents, String user, String userStyle, String judge, String editor, int maxTurns,
                      int prefsPerItem, Integer limit, int epochs, long seed, int concurrency, double maxErrorRate,
                      Path out, String shard) {
        this(suite, tasks, personas, conditions, agents, user, userStyle, judge, editor, maxTurns, prefsPerItem, limit,
                epochs, seed, concurrency, maxErrorRate, out, shard, LoadOptions.defaults(), ModelOptions.defaults());
    }
}
