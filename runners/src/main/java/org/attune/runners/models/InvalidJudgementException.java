package org.attune.runners.models;

/**
 * A judge reply without a usable score: no JSON object with a score, or a score outside 1-5.
 * The episode is recorded with this error (a judge error, SPEC §2) and left out of the means.
 */
public final class InvalidJudgementException extends RuntimeException {
    public InvalidJudgementException(String message) {
        super(message);
    }
}
