package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;
import org.attune.personas.InvalidInputException;
import org.attune.runners.config.RunConfig;
import org.attune.runners.models.ModelOptions;
import org.attune.tasks.formats.LoadOptions;

/**
 * What the engine plays: a resolved {@link RunConfig} read the way the engine needs it (episode conditions
 * expanded by budget, agent specs, task-reading and model options), plus {@code models}, how model calls are
 * made — the configuration's model options unless the caller reaches models differently (a private cache
 * folder, shorter retry waits: settings that are not part of a run's configuration).
 */
record ResolvedRun(RunConfig config, ModelOptions models, LoadOptions taskOptions) {
    ResolvedRun {
        Integer k = config.limits().fixedQuestions();
        if (k != null && k < 0) {
            throw new InvalidInputException("--fixed-questions: must be 0 or more, was " + k);
        }
    }

    /**
     * Refuses {@code --fixed-questions K} beside a budget sweep or a {@code discovery@N} condition: K is the
     * number of questions of plain discovery, while a sweep sets the budget per condition, so the agent would
     * be told to ask K questions in an episode labelled (and limited to) N. Checked for new runs only, so a
     * run recorded with both before this check still resumes as it was recorded.
     */
    static void refuseFixedQuestionsBesideABudget(RunConfig config) {
        Integer k = config.limits().fixedQuestions();
        if (k == null || !(config.mode() instanceof RunConfig.Episodes e)) {
            return;
        }
        boolean swept = !e.budgetArguments().isEmpty();
        String budgeted = e.conditions().stream().filter(c -> PlannedCondition.parse(c).budget() != null)
                .findFirst().orElse(null);
        if (swept || budgeted != null) {
            throw new InvalidInputException("--fixed-questions: " + k + " questions in every discovery episode, but "
                    + (swept ? "--budgets" : "--conditions " + budgeted) + " sets each episode's budget itself;"
                    + " give one of them");
        }
    }

    /** The view of a resolved configuration, with model calls made as it says. */
    static ResolvedRun of(RunConfig resolved) {
        return of(resolved, null);
    }

    /** The view of a resolved configuration; {@code models} (when not null) says how model calls are made. */
    static ResolvedRun of(RunConfig resolved, ModelOptions models) {
        LoadOptions tasks = resolved.taskFormat().toOptions();
        ModelOptions m = models != null ? models : resolved.models().toOptions(resolved.roles().correctnessJudge());
        return new ResolvedRun(resolved, m, tasks);
    }

    ResolvedRun withModels(ModelOptions m) {
        return new ResolvedRun(config, m, taskOptions);
    }

    String suite() {
        return config.suite();
    }

    List<String> tasks() {
        return config.tasks();
    }

    List<String> personas() {
        return config.personas();
    }

    /** The episode conditions, one per question budget of discovery; none in the longitudinal mode. */
    List<String> conditions() {
        return config.mode() instanceof RunConfig.Episodes e
                ? PlannedCondition.withBudgets(e.conditions(), e.budgetArguments()) : List.of();
    }

    /** The agents' specs (labels are in the configuration). */
    List<String> agents() {
        return config.agents().stream().map(RunConfig.AgentEntry::spec).toList();
    }

    String user() {
        return config.roles().user();
    }

    String userStyle() {
        return config.roles().userStyle();
    }

    String judge() {
        return config.roles().judge();
    }

    String editor() {
        return config.roles().editor();
    }

    int maxTurns() {
        return config.limits().maxTurns();
    }

    int prefsPerItem() {
        return config.limits().prefsPerItem();
    }

    Integer limit() {
        return config.limits().limit();
    }

    int epochs() {
        return config.limits().epochs();
    }

    long seed() {
        return config.limits().seed();
    }

    Integer fixedQuestions() {
        return config.limits().fixedQuestions();
    }

    /** The question budget of discovery: the fixed number when set, else {@code maxTurns}. */
    int questionBudget() {
        return fixedQuestions() != null ? fixedQuestions() : maxTurns();
    }

    int concurrency() {
        Integer c = config.execution().concurrency();
        return c == null ? Runtime.getRuntime().availableProcessors() : c;
    }

    double maxErrorRate() {
        return config.execution().maxErrorRate();
    }

    Path out() {
        return config.execution().out() == null ? null : Path.of(config.execution().out());
    }

    String shard() {
        return config.execution().shard();
    }
}
