package org.attune.evaluator;

/**
 * One point of an elicitation-efficiency curve (summary.json {@code elicitation}): an agent's discovery
 * episodes at one question budget of a sweep ({@code discovery@N}). Alignment and elicitation recall carry
 * 95% cluster-bootstrap intervals; {@code profilePrecision} and {@code profileRecall} compare the profile an
 * eliciting agent acted on (revealed and predicted attribute = value pairs) with the active preferences,
 * and are null for an agent that records no profile.
 */
public record ElicitationSummary(
        String agent,
        int budget,
        String condition,
        int episodes,
        Interval alignment,
        Interval recall,
        Double profilePrecision,
        Double profileRecall) {
}
