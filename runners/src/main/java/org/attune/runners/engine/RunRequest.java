package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;
import org.attune.runners.models.ModelOptions;
import org.attune.tasks.formats.LoadOptions;

/**
 * Everything {@code attune run} was asked to do, after option parsing and defaults.
 * {@code taskOptions} says how {@code --tasks} files in public benchmark formats are read;
 * {@code models} configures the model-backed roles (generation, cache, retries, connections).
 * {@code fixedQuestions}, when set, tells the agent in discovery to ask exactly that many questions
 * (PrefDisco's fixed-question ablation); the budget is then that number.
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
        ModelOptions models,
        Integer fixedQuestions) {

    public RunRequest {
        taskOptions = taskOptions == null ? LoadOptions.defaults() : taskOptions;
        models = models == null ? ModelOptions.defaults() : models;
        if (fixedQuestions != null && fixedQuestions < 0) {
            throw new org.attune.personas.InvalidInputException("--fixed-questions: must be 0 or more, was " + fixedQuestions);
        }
    }

    /** A request without a fixed number of questions. */
    public RunRequest(String suite, List<String> tasks, List<String> personas, List<String> conditions,
                      List<String> agents, String user, String userStyle, String judge, String editor, int maxTurns,
                      int prefsPerItem, Integer limit, int epochs, long seed, int concurrency, double maxErrorRate,
                      Path out, String shard, LoadOptions taskOptions, ModelOptions models) {
        this(suite, tasks, personas, conditions, agents, user, userStyle, judge, editor, maxTurns, prefsPerItem, limit,
                epochs, seed, concurrency, maxErrorRate, out, shard, taskOptions, models, null);
    }

    /** This request with the agent told to ask exactly {@code k} questions in discovery (null: up to the budget). */
    public RunRequest withFixedQuestions(Integer k) {
        return new RunRequest(suite, tasks, personas, conditions, agents, user, userStyle, judge, editor, maxTurns,
                prefsPerItem, limit, epochs, seed, concurrency, maxErrorRate, out, shard, taskOptions, models, k);
    }

    /** This request with other model options. */
    public RunRequest withModels(ModelOptions m) {
        return new RunRequest(suite, tasks, personas, conditions, agents, user, userStyle, judge, editor, maxTurns,
                prefsPerItem, limit, epochs, seed, concurrency, maxErrorRate, out, shard, taskOptions, m, fixedQuestions);
    }

    /** The question budget of discovery: the fixed number when set, else {@code maxTurns}. */
    public int questionBudget() {
        return fixedQuestions != null ? fixedQuestions : maxTurns;
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
