package org.attune.api;

/** An attribute a user message was matched to, with the matcher's similarity. */
public record Match(String attribute, double similarity) {
}
