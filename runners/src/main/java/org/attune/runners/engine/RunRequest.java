package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;
import org.attune.runners.models.ModelOptions;

/**
 * Everything {@code attune run} was asked to do, after option parsing and defaults.
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
        ModelOptions models) {

    public RunRequest {
        models = models == null ? ModelOptions.defaults() : models;
    }

    /** A request with the default model options. */
    public RunRequest(String suite, List<String> tasks, List<String> personas, List<String> conditions,
                      List<String> agents, String user, String userStyle, String judge, String editor, int maxTurns,
                      int prefsPerItem, Integer limit, int epochs, long seed, int concurrency, double maxErrorRate,
                      Path out) {
        this(suite, tasks, personas, conditions, agents, user, userStyle, judge, editor, maxTurns, prefsPerItem, limit,
                epochs, seed, concurrency, maxErrorRate, out, ModelOptions.defaults());
    }
}
