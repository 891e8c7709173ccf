package org.attune.api;

/**
 * A deterministic rewrite that makes a response satisfy a target value of a {@code rules}
 * attribute, without changing the answer a correctness checker extracts (SPEC §1).
 */
@FunctionalInterface
public interface StyleOperator {
    String apply(String response, String value);
}
