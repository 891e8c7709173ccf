package org.attune.evaluator.rules;

import java.util.function.Function;
import org.attune.api.Checker;
import org.attune.api.StyleOperator;

/**
 * One {@code rules} attribute: its checker, its style operator, its place in the canonical order
 * in which {@link RulesLibrary#applyAll} runs operators, and {@code contrary}: for a value v, a value
 * v' such that the checker of v rejects the operator's output for v'.
 */
public record Rule(String attribute, Checker checker, StyleOperator operator, int order,
                   Function<String, String> contrary) {
}
