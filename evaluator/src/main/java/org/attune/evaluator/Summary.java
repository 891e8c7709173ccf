package org.attune.evaluator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code summary.json}: the run-level figures, derived from {@code episodes.jsonl} alone.
 * {@code judgeAudit} is set only when episodes carry a model judge's second opinions ({@code --judge-all});
 * {@code longitudinal} only for a run of the longitudinal mode (rounds with a learner); {@code models}
 * only when episodes carry model-call counts (normalizations, format errors, unscored criteria, ...).
 * {@code elicitation} only for a run with a budget sweep ({@code discovery@N} conditions).
 */
public record Summary(
        String schema,
        String run,
        int episodes,
        int errors,
        List<GroupSummary> groups,
        List<SliceSummary> byTask,
        List<SliceSummary> byPersona,
        List<SliceSummary> byAttribute,
        @JsonInclude(JsonInclude.Include.NON_NULL) JudgeAudit judgeAudit,
        @JsonInclude(JsonInclude.Include.NON_NULL) LongitudinalSummary longitudinal,
        @JsonInclude(JsonInclude.Include.NON_NULL) ModelCallSummary models,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ElicitationSummary> elicitation) {
    public static final String SCHEMA = "attune.summary/v1";

    /** A summary without a judge audit or longitudinal figures. */
    public Summary(String schema, String run, int episodes, int errors, List<GroupSummary> groups,
                   List<SliceSummary> byTask, List<SliceSummary> byPersona, List<SliceSummary> byAttribute) {
        this(schema, run, episodes, errors, groups, byTask, byPersona, byAttribute, null, null, null);
    }

    /** A summary without longitudinal figures. */
    public Summary(String schema, String run, int episodes, int errors, List<GroupSummary> groups,
                   List<SliceSummary> byTask, List<SliceSummary> byPersona, List<SliceSummary> byAttribute,
                   JudgeAudit judgeAudit) {
        this(schema, run, episodes, errors, groups, byTask, byPersona, byAttribute, judgeAudit, null, null);
    }

    /** A summary without model-call counts. */
    public Summary(String schema, String run, int episodes, int errors, List<GroupSummary> groups,
                   List<SliceSummary> byTask, List<SliceSummary> byPersona, List<SliceSummary> byAttribute,
                   JudgeAudit judgeAudit, LongitudinalSummary longitudinal) {
        this(schema, run, episodes, errors, groups, byTask, byPersona, byAttribute, judgeAudit, longitudinal, null);
    }

    /** A summary without elicitation curves. */
    public Summary(String schema, String run, int episodes, int errors, List<GroupSummary> groups,
                   List<SliceSummary> byTask, List<SliceSummary> byPersona, List<SliceSummary> byAttribute,
                   JudgeAudit judgeAudit, LongitudinalSummary longitudinal, ModelCallSummary models) {
        this(schema, run, episodes, errors, groups, byTask, byPersona, byAttribute, judgeAudit, longitudinal, models,
                null);
    }

    public Summary {
        elicitation = elicitation == null ? List.of() : List.copyOf(elicitation);
        groups = List.copyOf(groups);
        byTask = List.copyOf(byTask);
        byPersona = List.copyOf(byPersona);
        byAttribute = List.copyOf(byAttribute);
    }
}
