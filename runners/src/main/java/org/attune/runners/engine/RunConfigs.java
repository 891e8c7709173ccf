package org.attune.runners.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunInfo;
import org.attune.personas.InvalidInputException;
import org.attune.runners.config.RunConfig;
import org.attune.runners.models.ModelComponents;

/**
 * The run configuration in the engine: its defaults resolved, a builder for code that does not parse one,
 * and the configuration a run directory recorded (run.json {@code config}; for runs made before it,
 * read from the older {@code settings}).
 */
public final class RunConfigs {
    private RunConfigs() {
    }

    /**
     * The configuration with the defaults that depend on other settings filled in: the suite, the agents
     * (each with its label) and the concurrency.
     */
    public static RunConfig resolve(RunConfig c) {
        boolean longitudinal = c.mode() instanceof RunConfig.Longitudinal;
        String suite = c.suite() != null ? c.suite() : longitudinal ? LongitudinalService.DEFAULT_SUITE : "quick";
        List<RunConfig.AgentEntry> agents = new ArrayList<>();
        List<RunConfig.AgentEntry> given = c.agents().isEmpty() ? Stream.of(longitudinal ? new String[] {"builtin:reference"}
                : new String[] {"builtin:reference", "builtin:plain"}).map(a -> new RunConfig.AgentEntry(null, a)).toList()
                : c.agents();
        for (RunConfig.AgentEntry a : given) {
            if (a.spec() == null) {
                throw new InvalidInputException("agents: every agent needs a spec (e.g. builtin:reference)");
            }
            // NAME=SPEC is the command line's way to give a label
            ComponentSpecs.Labelled l = a.label() == null ? ComponentSpecs.agent(a.spec())
                    : ComponentSpecs.labelled(a.label(), a.spec());
            agents.add(new RunConfig.AgentEntry(l.label(), l.spec()));
        }
        RunConfig.Execution x = c.execution();
        Integer concurrency = x.concurrency() != null ? x.concurrency() : defaultConcurrency(c, agents);
        String shard = x.shard() == null ? null : Shard.parse(x.shard()).toString();
        // checked and in one canonical form, however it was written
        RunConfig.TaskFormat format = RunConfig.TaskFormat.of(c.taskFormat().toOptions());
        return new RunConfig(c.schema(), suite, c.tasks(), format, c.personas(), agents, c.roles(), c.limits(),
                new RunConfig.Execution(concurrency, x.maxErrorRate(), shard, x.out()), c.models(), c.thresholds(),
                c.mode(), c.plugins());
    }

    /**
     * Episodes wait on the network when a role is a model: then keep twice as many in flight as
     * connections, so every connection always has a request ready; otherwise one per core.
     */
    private static int defaultConcurrency(RunConfig c, List<RunConfig.AgentEntry> agents) {
        RunConfig.Roles r = c.roles();
        boolean models = agents.stream().anyMatch(a -> ModelComponents.isModelSpec(a.spec()))
                || ModelComponents.isModelSpec(r.user()) || ModelComponents.isModelSpec(r.judge())
                || ModelComponents.isModelSpec(r.editor());
        int cores = Runtime.getRuntime().availableProcessors();
        return models ? Math.min(1024, Math.max(cores, 2 * c.models().maxConnections())) : cores;
    }

    /** A configuration built in code, setting by setting (tests, benches). */
    public static RunConfigBuilder builder() {
        return new RunConfigBuilder();
    }

    /** The configuration as run.json records it (never a credential). */
    public static JsonNode recorded(RunConfig c) {
        return RunDirectory.mapper().valueToTree(c.recordable());
    }

    /** The configuration a run recorded; a run made before run.json had {@code config} is read from its settings. */
    public static RunConfig of(RunInfo info, Path dir) {
        if (info.config() != null) {
            try {
                return RunDirectory.mapper().treeToValue(info.config(), RunConfig.class);
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(dir.resolve(RunDirectory.RUN_JSON) + ": config: unreadable ("
                        + e.getOriginalMessage() + ")");
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(dir.resolve(RunDirectory.RUN_JSON) + ": config: unreadable ("
                        + e.getMessage() + ")");
            }
        }
        return LegacySettings.config(info);
    }
}
