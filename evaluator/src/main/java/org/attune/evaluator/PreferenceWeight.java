package org.attune.evaluator;

/** An active preference as recorded in an episode line. */
public record PreferenceWeight(String attribute, String value, double weight) {
}
