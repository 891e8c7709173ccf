package org.attune.evaluator;

/**
 * A criterion the judge could not score (SPEC §3): left out of the alignment, whose weights are
 * renormalized over the scored criteria, flagged here with why, and judged again by
 * {@code --resume --retry-errors}.
 */
public record UnscoredCriterion(String attribute, String reason) {
}
