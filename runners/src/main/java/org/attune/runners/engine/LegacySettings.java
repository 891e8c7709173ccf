package org.attune.runners.engine;

import java.util.List;
import java.util.Map;
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
        Map<String, Object> s = info.settings();
        ModelOptions models = ModelOptions.fromSettings(s.get("models"), info.seed());
        RunConfig.Mode mode;
        List<RunConfig.AgentEntry> agents;
        if (LongitudinalService.MODE.equals(info.mode())) {
            if (!(s.get("rounds") instanceof Number rounds) || !(s.get("learners") instanceof List<?> learners)
                    || !(s.get("agent") instanceof String agent)) {
                throw new InvalidInputException("run.json: settings: a longitudinal run needs rounds, learners and agent");
            }
            mode = new RunConfig.Longitudinal(rounds.intValue(), learners.stream().map(String::valueOf).toList());
            agents = List.of(new RunConfig.AgentEntry(null, agent));
        } else {
            mode = new RunConfig.Episodes(info.conditions(), null);
            agents = info.agents().stream().map(c -> new RunConfig.AgentEntry(c.label(), c.spec())).toList();
        }
        RunConfig.TaskFormat format = s.get("taskFormat") instanceof Map<?, ?> f
                ? Mappers.json().convertValue(f, RunConfig.TaskFormat.class) : null;
        Object style = s.getOrDefault("userStyle", "passive");
        Integer fixed = s.get("fixedQuestions") instanceof Number k ? k.intValue() : null;
        double maxErrorRate = ((Number) s.getOrDefault("maxErrorRate", 1.0)).doubleValue();
        return new RunConfig(RunConfig.SCHEMA, info.suite(), info.taskFiles(), format, info.personas(), agents,
                new RunConfig.Roles(info.user(), String.valueOf(style), info.judge(), info.editor(),
                        models.correctnessJudge()),
                new RunConfig.Limits(info.maxTurns(), info.prefsPerItem(), info.limit(), info.epochs(), info.seed(), fixed),
                new RunConfig.Execution(info.concurrency(), maxErrorRate, (String) s.get("shard"), null),
                RunConfig.Models.of(models), null, mode, null);
    }
}
