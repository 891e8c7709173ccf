package org.attune.runners.engine;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request to stop a run early (Ctrl-C or SIGTERM): no new episode starts, the ones in flight
 * finish and are journaled, then the run is summarized and the command exits with {@link #code()}.
 */
public final class StopSignal {
    private final AtomicInteger code = new AtomicInteger();

    /** Records the request; returns false when a stop was already requested. */
    public boolean request(int exitCode) {
        return code.compareAndSet(0, exitCode);
    }

    public boolean requested() {
        return code.get() != 0;
    }

    public int code() {
        return code.get();
    }
}
