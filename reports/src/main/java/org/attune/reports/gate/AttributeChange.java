package org.attune.reports.gate;

/**
 * The paired change in one attribute's criterion score (1-5) for one agent (never pooled across
 * agents) over the matched episodes where both runs scored it, with a cluster-bootstrap interval;
 * its verdict uses the alignment threshold. It explains, it never gates.
 */
public record AttributeChange(String agent, String attribute, int pairs, double baseline, double candidate, double delta,
        Double lo, Double hi, Verdict verdict) {
}
