package org.attune.reports.gate;

import java.util.List;

/**
 * The result of gating a candidate run against a baseline ({@code gate.json}, schema
 * {@value GateOutcome#SCHEMA}).
 *
 * @param warnings   things a reader must know (mismatches allowed, unmatched episodes, few clusters)
 * @param comparisons every comparison unit (agent label, condition) with its own verdict
 * @param labels     comparison units present in one run only (left out of every figure)
 * @param metrics    every metric of every unit, gated or not applicable
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
        List<Comparison> comparisons,
        Labels labels,
        List<MetricResult> metrics,
        List<AttributeChange> attributes,
        List<EpisodeChange> episodes) implements GateOutcome {

    public GateReport {
        warnings = List.copyOf(warnings);
        comparisons = List.copyOf(comparisons);
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

    /**
     * How the comparison was made.
     *
     * @param level         the family-wise confidence level
     * @param familyWise    how the family-wise error is controlled: {@code bonferroni}
     * @param familySize    the gated (unit x metric) comparisons the error is controlled over
     * @param adjustedLevel the level each interval was computed at: 1 - (1 - level) / familySize
     * @param reportUrl     where the candidate's report folder is published (links in gate.md are absolute), or null
     */
    public record Settings(int resamples, long seed, String method, double level, boolean strict,
            boolean allowMismatch, List<String> agentMap, String familyWise, int familySize, double adjustedLevel,
            boolean requireSameLabels, String reportUrl) {
    }

    /** One comparison unit and its verdict: a regression when any of its metrics regressed. */
    public record Comparison(String agent, String condition, String verdict, List<String> regressed) {
        public Comparison {
            regressed = List.copyOf(regressed);
        }
    }

    /** Comparison units ({@code agent / condition}) found in only one of the runs. */
    public record Labels(List<String> onlyBaseline, List<String> onlyCandidate) {
        public Labels {
            onlyBaseline = List.copyOf(onlyBaseline);
            onlyCandidate = List.copyOf(onlyCandidate);
        }

        public boolean same() {
            return onlyBaseline.isEmpty() && onlyCandidate.isEmpty();
        }
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
