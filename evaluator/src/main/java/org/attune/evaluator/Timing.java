package org.attune.evaluator;

/** When an episode started (ISO-8601 UTC) and how long it took. */
public record Timing(String startedAt, long millis) {
}
