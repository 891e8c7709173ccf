package org.attune.evaluator;

/** Why an episode ended without a score. */
public record ErrorInfo(String kind, String message) {
}
