package org.attune.evaluator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Run-level figures of one agent x condition (SPEC §3, §4). Comparative figures
 * (normalized gain, worse-than-generic rate, accuracy delta) are null where they do not apply.
 * {@code unpricedCalls}: model calls whose model has no price (so {@code costUsd} is not the whole
 * cost); {@code unscoredCriteria}: criteria the judge could not score, left out of the alignment.
 */
public record GroupSummary(
        String agent,
        String condition,
        int episodes,
        int errors,
        Interval alignment,
        Interval correctness,
        Interval editCost,
        Interval editCostNormalized,
        Interval acceptance,
        Interval questions,
        Interval recall,
        Interval precision,
        Double normalizedGain,
        Double worseThanGenericRate,
        Double accuracyDelta,
        Map<String, RoleUsage> usage,
        double costUsd,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int unpricedCalls,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int unscoredCriteria) {

    /** Figures without unpriced calls or unscored criteria. */
    public GroupSummary(String agent, String condition, int episodes, int errors, Interval alignment,
                        Interval correctness, Interval editCost, Interval editCostNormalized, Interval acceptance,
                        Interval questions, Interval recall, Interval precision, Double normalizedGain,
                        Double worseThanGenericRate, Double accuracyDelta, Map<String, RoleUsage> usage, double costUsd) {
        this(agent, condition, episodes, errors, alignment, correctness, editCost, editCostNormalized, acceptance,
                questions, recall, precision, normalizedGain, worseThanGenericRate, accuracyDelta, usage, costUsd, 0, 0);
    }
}
