package org.attune.reports.gate;

/**
 * The paired change in one attribute's criterion score (1-5) over the matched episodes where both
 * runs scored it, with a cluster-bootstrap interval; its verdict uses the alignment threshold.
 */
public record AttributeChange(String attribute, int pairs, double baseline, double candidate, double delta,
        Double lo, Double hi, Verdict verdict) {
}
