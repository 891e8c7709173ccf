package org.attune.api;

/**
 * A deterministic checker of a {@code rules} attribute: the degree d in [0, 1] to which a
 * response satisfies a target value (SPEC §1). The criterion score is 1 + 4d.
 */
@FunctionalInterface
public interface Checker {
    double degree(String response, String value);
}
