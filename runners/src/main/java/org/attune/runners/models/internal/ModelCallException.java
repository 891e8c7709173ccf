package org.attune.runners.models.internal;

import java.util.List;

/** A model call that failed for good: a deterministic refusal, or every retry spent. */
public final class ModelCallException extends RuntimeException {
    private final Failure last;

    public ModelCallException(String message, Failure last) {
        super(message);
        this.last = last;
    }

    static ModelCallException gaveUp(String who, Failure last, List<String> history, ApiKey key) {
        String how = last.retryable()
                ? "gave up after " + history.size() + " attempts (" + String.join(", ", history) + ")"
                : "not retried: " + last.label();
        return new ModelCallException(key.scrub(who + ": " + how + ": " + last.message()), last);
    }

    public Failure last() {
        return last;
    }
}
