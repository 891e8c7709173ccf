package org.attune.reports.gate;

import org.attune.evaluator.statistics.Bootstrap;

/**
 * How the gate compares two runs.
 *
 * @param agentMap      renames of baseline agents
 * @param allowMismatch compare runs that are not comparable anyway (with a loud warning)
 * @param strict        an interval that merely reaches past the bad threshold is a regression
 * @param requireSameLabels comparison units (agent label, condition) found in one run only make the runs not
 *                      comparable
 * @param thresholds    per-metric thresholds
 * @param resamples     bootstrap resamples per metric
 * @param seed          seed of the bootstrap streams
 * @param method        percentile or BCa intervals
 * @param level         two-sided confidence level of the intervals
 * @param topAttributes how many regressed attributes to list
 * @param topEpisodes   how many regressed episodes to list
 * @param reportUrl     where the candidate's {@code report/} folder is published (e.g. a CI artifact's browse URL),
 *                      making every episode link absolute; null for links relative to the gate's folder
 */
public record GateOptions(
        AgentMap agentMap,
        boolean allowMismatch,
        boolean strict,
        boolean requireSameLabels,
        Thresholds thresholds,
        int resamples,
        long seed,
        Bootstrap.Method method,
        double level,
        int topAttributes,
        int topEpisodes,
        String reportUrl) {
    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final int MIN_RESAMPLES = 100;

    public GateOptions {
        if (resamples < MIN_RESAMPLES) {
            throw new org.attune.personas.InvalidInputException(
                    "--resamples: must be at least " + MIN_RESAMPLES + ", was " + resamples);
        }
        if (reportUrl != null && !reportUrl.matches("(?i)https?://\\S+")) {
            throw new org.attune.personas.InvalidInputException(
                    "--report-url: expected an http(s) URL of the published report folder, was \"" + reportUrl + "\"");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }

    public static GateOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds options; everything not set keeps its default. */
    public static final class Builder {
        private AgentMap agentMap = AgentMap.none();
        private boolean allowMismatch;
        private boolean strict;
        private boolean requireSameLabels;
        private Thresholds thresholds = Thresholds.defaults();
        private int resamples = DEFAULT_RESAMPLES;
        private long seed;
        private Bootstrap.Method method = Bootstrap.Method.PERCENTILE;
        private double level = 0.95;
        private int topAttributes = 5;
        private int topEpisodes = 10;
        private String reportUrl;

        public Builder agentMap(AgentMap v) {
            agentMap = v;
            return this;
        }

        public Builder allowMismatch(boolean v) {
            allowMismatch = v;
            return this;
        }

        public Builder strict(boolean v) {
            strict = v;
            return this;
        }

        public Builder requireSameLabels(boolean v) {
            requireSameLabels = v;
            return this;
        }

        public Builder thresholds(Thresholds v) {
            thresholds = v;
            return this;
        }

        public Builder resamples(int v) {
            resamples = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder method(Bootstrap.Method v) {
            method = v;
            return this;
        }

        public Builder level(double v) {
            level = v;
            return this;
        }

        public Builder topAttributes(int v) {
            topAttributes = v;
            return this;
        }

        public Builder topEpisodes(int v) {
            topEpisodes = v;
            return this;
        }

        public Builder reportUrl(String v) {
            reportUrl = v;
            return this;
        }

        public GateOptions build() {
            return new GateOptions(agentMap, allowMismatch, strict, requireSameLabels, thresholds, resamples, seed, method, level,
                    topAttributes, topEpisodes, reportUrl);
        }
    }
}
