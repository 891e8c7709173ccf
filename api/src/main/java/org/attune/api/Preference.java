package org.attune.api;

/** A persona's value for one attribute, how much it matters (1-5) and why (SPEC §1). */
public record Preference(String value, int importance, String why) {
}
