package org.attune.evaluator;

import org.attune.api.Judge;
/**
 * Thrown by a {@link Judge} that could not score one criterion (its reply held no usable score
 * even after a repair turn). The scorer records the criterion as unscored and goes on; the
 * episode is not errored.
 */
public class UnscorableCriterionException extends RuntimeException {
    public UnscorableCriterionException(String message) {
        super(message);
    }
}
