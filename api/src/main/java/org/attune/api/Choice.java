package org.attune.api;

/** One value of a closed value space, with the plain-language text a person would use for it. */
public record Choice(String value, String description) {
}
