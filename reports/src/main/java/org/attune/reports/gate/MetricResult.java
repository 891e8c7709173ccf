package org.attune.reports.gate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One gated metric: its value in each run over the matched episodes, the paired change
 * (candidate minus baseline) with its bootstrap interval, and the verdict.
 *
 * @param id        e.g. {@code alignment} or {@code alignment.discovery}
 * @param family    the {@link MetricFamily} id
 * @param agent     the agent label of the comparison unit
 * @param condition the condition label of the comparison unit (opaque, e.g. {@code discovery@3})
 * @param clusters  (item, persona) clusters resampled
 * @param pairs     matched units compared (episodes, or agent-pair slots for rates and gains)
 * @param note      why a metric is not applicable, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricResult(
        String id,
        String family,
        String title,
        String agent,
        String condition,
        Direction direction,
        boolean share,
        double threshold,
        Double baseline,
        Double candidate,
        Double delta,
        Double lo,
        Double hi,
        int clusters,
        int pairs,
        Verdict verdict,
        String note) {

    /** The comparison unit, e.g. {@code builtin:reference / oracle}. */
    @com.fasterxml.jackson.annotation.JsonProperty("comparison")
    public String comparison() {
        return agent + " / " + condition;
    }

    /** The metric within its unit, unique in a gate report, e.g. {@code builtin:reference alignment.oracle}. */
    public String name() {
        return agent + " " + id;
    }
}
