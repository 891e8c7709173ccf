package org.attune.reports.gate;

import java.util.List;

/**
 * The result of gating a candidate run against a baseline ({@code gate.json}, schema
 * {@value GateOutcome#SCHEMA}).
 *
 * @param warnings   things a reader must know (mismatches allowed, unmatched episodes, few clusters)
 * @param metrics    every metric, gated or not applicable
 * @param attributes the attributes whose criterion scores fell most
 * @param episodes   the matched episodes whose alignment fell most
 */
public record GateReport(
        String schema,
        String verdict,
        int exitCode,
        RunRef baseline,
        RunRef candidate,
        Settings settings,
        List<String> warnings,
        Pairing pairing,
        List<MetricResult> metrics,
        List<AttributeChange> attributes,
        List<EpisodeChange> episodes) implements GateOutcome {

    public GateReport {
        warnings = List.copyOf(warnings);
        metrics = List.copyOf(metrics);
        attributes = List.copyOf(attributes);
        episodes = List.copyOf(episodes);
    }

    /** The metrics that regressed. */
    public List<MetricResult> regressions() {
        return metrics.stream().filter(m -> m.verdict() == Verdict.REGRESSION).toList();
    }

    public List<MetricResult> improvements() {
        return metrics.stream().filter(m -> m.verdict() == Verdict.IMPROVEMENT).toList();
    }

    /** The attributes whose fall is itself beyond the alignment threshold. */
    public List<AttributeChange> regressedAttributes() {
        return attributes.stream().filter(a -> a.verdict() == Verdict.REGRESSION).toList();
    }

    /** How the comparison was made. */
    public record Settings(int resamples, long seed, String method, double level, boolean strict,
            boolean allowMismatch, List<String> agentMap) {
    }

    /**
     * How the episodes paired up.
     *
     * @param matched  keys present in both runs
     * @param compared matched episodes where neither side errored
     * @param clusters (item, persona) clusters among the compared episodes
     */
    public record Pairing(int matched, int compared, int clusters, int onlyBaseline, int onlyCandidate,
            int erroredBaseline, int erroredCandidate, List<String> onlyBaselineKeys, List<String> onlyCandidateKeys) {
    }
}
