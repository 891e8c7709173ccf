package org.attune.runners.models.internal;

import java.time.Duration;

/** A call got no complete answer within the per-call timeout. */
public final class CallTimeoutException extends RuntimeException {
    public CallTimeoutException(Duration timeout) {
        super("no answer within " + timeout.toMillis() + " ms");
    }
}
