package org.attune.api;

/**
 * One preference that matters for an (item, persona) pair, with its normalized criterion weight.
 */
public record ActivePreference(String attribute, String value, int importance, double weight) {
}
