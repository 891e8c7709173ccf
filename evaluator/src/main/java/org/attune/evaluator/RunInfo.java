package org.attune.evaluator;

import java.util.List;
import java.util.Map;

/**
 * {@code run.json}: the configuration a run was made with (never a secret), enough to resume,
 * re-score or compare it (SPEC §4).
 *
 * @param contentHash SHA-256 over the canonical JSON of the task items, personas and catalog used
 * @param settings    what the run recorded beside its configuration (model settings, template hashes, ...)
 * @param counts      planned, finished and errored episodes
 * @param config      the typed run configuration the run executed ({@code attune.config/v1}, owned by the
 *                    runners module, which reads it back as its record tree); null in runs made before it
 */
public record RunInfo(
        String schema,
        String id,
        String attuneVersion,
        String createdAt,
        String finishedAt,
        String mode,
        String suite,
        long seed,
        int epochs,
        int limit,
        int maxTurns,
        int prefsPerItem,
        int concurrency,
        List<String> conditions,
        List<String> tasks,
        List<String> taskFiles,
        List<String> personas,
        List<ComponentSpec> agents,
        String user,
        String judge,
        String editor,
        String contentHash,
        RunFacts settings,
        Map<String, Integer> counts,
        com.fasterxml.jackson.databind.JsonNode config) {
    public static final String SCHEMA = "attune.run/v1";

    /** A run without a recorded configuration. */
    public RunInfo(String schema, String id, String attuneVersion, String createdAt, String finishedAt, String mode,
                   String suite, long seed, int epochs, int limit, int maxTurns, int prefsPerItem, int concurrency,
                   List<String> conditions, List<String> tasks, List<String> taskFiles, List<String> personas,
                   List<ComponentSpec> agents, String user, String judge, String editor, String contentHash,
                   RunFacts settings, Map<String, Integer> counts) {
        this(schema, id, attuneVersion, createdAt, finishedAt, mode, suite, seed, epochs, limit, maxTurns, prefsPerItem,
                concurrency, conditions, tasks, taskFiles, personas, agents, user, judge, editor, contentHash, settings,
                counts, null);
    }

    public RunInfo {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        taskFiles = taskFiles == null ? List.of() : List.copyOf(taskFiles);
        personas = personas == null ? List.of() : List.copyOf(personas);
        agents = agents == null ? List.of() : List.copyOf(agents);
        settings = settings == null ? RunFacts.none() : settings;
        counts = counts == null ? Map.of() : counts;
    }

    /** The same run with other settings (e.g. model settings known once components are built). */
    public RunInfo withSettings(RunFacts settings) {
        return new RunInfo(schema, id, attuneVersion, createdAt, finishedAt, mode, suite, seed, epochs, limit,
                maxTurns, prefsPerItem, concurrency, conditions, tasks, taskFiles, personas, agents, user, judge,
                editor, contentHash, settings, counts, config);
    }

    /** The same run with its typed configuration. */
    public RunInfo withConfig(com.fasterxml.jackson.databind.JsonNode config) {
        return new RunInfo(schema, id, attuneVersion, createdAt, finishedAt, mode, suite, seed, epochs, limit,
                maxTurns, prefsPerItem, concurrency, conditions, tasks, taskFiles, personas, agents, user, judge,
                editor, contentHash, settings, counts, config);
    }

    public RunInfo withEnd(String finishedAt, Map<String, Integer> counts) {
        return new RunInfo(schema, id, attuneVersion, createdAt, finishedAt, mode, suite, seed, epochs, limit,
                maxTurns, prefsPerItem, concurrency, conditions, tasks, taskFiles, personas, agents, user, judge,
                editor, contentHash, settings, counts, config);
    }
}
