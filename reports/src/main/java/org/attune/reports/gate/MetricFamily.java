package org.attune.reports.gate;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of figure the gate can compare, each with a direction and a default threshold in its
 * own unit (SPEC §3). A family may yield several metrics, e.g. {@code alignment.discovery}.
 */
public enum MetricFamily {
    /** Mean alignment A on the 1-5 scale; 0.10 is a tenth of a Likert point. */
    ALIGNMENT("alignment", "Alignment (1-5)", Direction.HIGHER_IS_BETTER, 0.10, false),
    /** Normalized gain of a personalized condition; 0.05 is five percentage points. */
    NORMALIZED_GAIN("normalizedGain", "Normalized gain", Direction.HIGHER_IS_BETTER, 0.05, true),
    /** Share of (item, persona) pairs aligned worse than generic; lower is better. */
    WORSE_THAN_GENERIC("worseThanGenericRate", "Worse than generic", Direction.LOWER_IS_BETTER, 0.05, true),
    /** Share of correct answers; 0.02 is two percentage points. */
    CORRECTNESS("correctness", "Correctness", Direction.HIGHER_IS_BETTER, 0.02, true),
    /** Normalized edit cost E_norm, the share of words the user had to change; lower is better. */
    EDIT_COST("editCostNormalized", "Edit cost (share of words)", Direction.LOWER_IS_BETTER, 0.02, true),
    /** Elicitation recall in discovery: share of active attributes some question targeted. */
    RECALL("recall", "Elicitation recall", Direction.HIGHER_IS_BETTER, 0.05, true);

    private final String id;
    private final String title;
    private final Direction direction;
    private final double defaultThreshold;
    private final boolean share;

    MetricFamily(String id, String title, Direction direction, double defaultThreshold, boolean share) {
        this.id = id;
        this.title = title;
        this.direction = direction;
        this.defaultThreshold = defaultThreshold;
        this.share = share;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Direction direction() {
        return direction;
    }

    public double defaultThreshold() {
        return defaultThreshold;
    }

    /** Whether values are shares in [0, 1], shown as percentages. */
    public boolean share() {
        return share;
    }

    /** The id of this family's metric for one condition, e.g. {@code alignment.discovery}. */
    public String forCondition(String condition) {
        return id + "." + condition;
    }

    public static Optional<MetricFamily> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** The family of a metric id: the part before the first dot. */
    public static Optional<MetricFamily> ofMetric(String metricId) {
        int dot = metricId.indexOf('.');
        return byId(dot < 0 ? metricId : metricId.substring(0, dot));
    }
}
