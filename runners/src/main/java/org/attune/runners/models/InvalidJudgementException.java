package org.attune.runners.models;

import org.attune.evaluator.UnscorableCriterionException;

/**
 * A judge reply without a usable score, also after the repair turn: no score 1-5 in JSON or labelled
 * text. That criterion alone is recorded unscored and flagged (SPEC §3); the episode is not errored.
 */
public final class InvalidJudgementException extends UnscorableCriterionException {
    public InvalidJudgementException(String message) {
        super(message);
    }
}
