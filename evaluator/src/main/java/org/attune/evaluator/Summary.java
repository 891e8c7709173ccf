package org.attune.evaluator;

import java.util.List;

/** {@code summary.json}: the run-level figures, derived from {@code episodes.jsonl} alone. */
public record Summary(
        String schema,
        String run,
        int episodes,
        int errors,
        List<GroupSummary> groups,
        List<SliceSummary> byTask,
        List<SliceSummary> byPersona,
        List<SliceSummary> byAttribute) {
    public static final String SCHEMA = "attune.summary/v1";

    public Summary {
        groups = List.copyOf(groups);
        byTask = List.copyOf(byTask);
        byPersona = List.copyOf(byPersona);
        byAttribute = List.copyOf(byAttribute);
    }
}
