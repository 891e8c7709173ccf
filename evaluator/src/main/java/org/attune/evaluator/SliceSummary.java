package org.attune.evaluator;

/**
 * Mean figures of one slice (a task, a persona or an attribute) for one agent x condition.
 * For an attribute slice, {@code alignment} is the mean criterion score and
 * {@code violationRate} the share of episodes where its criterion scored below 5.
 */
public record SliceSummary(
        String id,
        String agent,
        String condition,
        int episodes,
        Double alignment,
        Double correctness,
        Double editCost,
        Double violationRate) {
}
