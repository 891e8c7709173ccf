package org.attune.reports.gate;

import org.attune.evaluator.statistics.Bootstrap;

/**
 * How the gate compares two runs.
 *
 * @param agentMap      renames of baseline agents
 * @param allowMismatch compare runs that are not comparable anyway (with a loud warning)
 * @param strict        an interval that merely reaches past the bad threshold is a regression
 * @param thresholds    per-metric thresholds
 * @param resamples     bootstrap resamples per metric
 * @param seed          seed of the bootstrap streams
 * @param method        percentile or BCa intervals
 * @param level         two-sided confidence level of the intervals
 * @param topAttributes how many regressed attributes to list
 * @param topEpisodes   how many regressed episodes to list
 */
public record GateOptions(
        AgentMap agentMap,
        boolean allowMismatch,
        boolean strict,
        Thresholds thresholds,
        int resamples,
        long seed,
        Bootstrap.Method method,
        double level,
        int topAttributes,
        int topEpisodes) {
    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final int MIN_RESAMPLES = 100;

    public GateOptions {
        if (resamples < MIN_RESAMPLES) {
            throw new org.attune.personas.InvalidInputException(
                    "--resamples: must be at least " + MIN_RESAMPLES + ", was " + resamples);
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
        private Thresholds thresholds = Thresholds.defaults();
        private int resamples = DEFAULT_RESAMPLES;
        private long seed;
        private Bootstrap.Method method = Bootstrap.Method.PERCENTILE;
        private double level = 0.95;
        private int topAttributes = 5;
        private int topEpisodes = 10;

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

        public GateOptions build() {
            return new GateOptions(agentMap, allowMismatch, strict, thresholds, resamples, seed, method, level,
                    topAttributes, topEpisodes);
        }
    }
}
