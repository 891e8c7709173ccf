package org.attune.runners.engine;

import java.util.List;
import org.attune.evaluator.RunFacts;
import org.attune.evaluator.RunInfo;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Mappers;
import org.attune.runners.config.RunConfig;
import org.attune.runners.models.ModelOptions;

/**
 * Reads the configuration of a run made before run.json recorded {@code config}: its fields and the
 * untyped {@code settings} they kept the rest in. New runs never go through here.
 */
final class LegacySettings {
    private LegacySettings() {
    }

    static RunConfig config(RunInfo info) {
        RunFacts s = info.settings();
        ModelOptions models = ModelOptions.fromSettings(s.models(), info.seed());
        RunConfig.Mode mode;
        List<RunConfig.AgentEntry> agents;
        if (LongitudinalService.MODE.equals(info.mode())) {
            if (s.rounds() == null || s.learners() == null || s.agent() == null) {
                throw new InvalidInputException("run.json: settings: a longitudinal run needs rounds, learners and agent");
            }
            mode = new RunConfig.Longitudinal(s.rounds(), s.learners());
            agents = List.of(new RunConfig.AgentEntry(null, s.agent()));
        } else {
            mode = new RunConfig.Episodes(info.conditions(), null);
            agents = info.agents().stream().map(c -> new RunConfig.AgentEntry(c.label(), c.spec())).toList();
        }
        RunConfig.TaskFormat format = s.taskFormat() == null ? null
                : Mappers.json().convertValue(s.taskFormat(), RunConfig.TaskFormat.class);
        String style = s.userStyle() == null ? "passive" : s.userStyle();
        double maxErrorRate = s.maxErrorRate() == null ? 1.0 : s.maxErrorRate();
        return new RunConfig(RunConfig.SCHEMA, info.suite(), info.taskFiles(), format, info.personas(), agents,
                new RunConfig.Roles(info.user(), style, info.judge(), info.editor(),
                        models.correctnessJudge()),
                new RunConfig.Limits(info.maxTurns(), info.prefsPerItem(), info.limit(), info.epochs(), info.seed(), s.fixedQuestions()),
                new RunConfig.Execution(info.concurrency(), maxErrorRate, s.shard(), null),
                RunConfig.Models.of(models), null, mode, null);
    }
}
