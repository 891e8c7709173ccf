package org.attune.api;

/** The verdict of a correctness check: null {@code correct} for open items (SPEC §3). */
public record Correctness(Boolean correct, String extracted, String reason) {
    public static Correctness notApplicable() {
        return new Correctness(null, null, "open item: no correctness score");
    }
}
