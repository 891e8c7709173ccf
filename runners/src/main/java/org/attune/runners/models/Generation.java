package org.attune.runners.models;

/**
 * Generation settings sent with every call (null = the provider's default). The judge always runs
 * at temperature 0 whatever {@code temperature} says. {@code seed} is sent where supported.
 */
public record Generation(Double temperature, Integer maxTokens, Integer seed) {
    public static Generation defaults() {
        return new Generation(null, null, null);
    }
}
