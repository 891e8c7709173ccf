package org.attune.evaluator;

import java.util.Map;

/**
 * Run-level figures of one agent x condition (SPEC §3, §4). Comparative figures
 * (normalized gain, worse-than-generic rate, accuracy delta) are null where they do not apply.
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
        double costUsd) {
}
