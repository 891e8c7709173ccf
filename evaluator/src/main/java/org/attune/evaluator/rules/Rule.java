package org.attune.evaluator.rules;

import java.util.function.Function;
import org.attune.evaluator.Checker;
import org.attune.evaluator.StyleOperator;

/** TEMPORARY stub until the rules branch lands. */
public record Rule(String attribute, Checker checker, StyleOperator operator, int order,
                   Function<String, String> contrary) {
}
