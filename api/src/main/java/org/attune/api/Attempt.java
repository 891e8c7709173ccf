package org.attune.api;


/**
 * A learner's response in one round and the belief it acted on; {@code belief} is null for a learner
 * that forms no explicit belief (a model shown raw examples).
 */
public record Attempt(String response, InferredPreferences belief) {
}
