package org.attune.runners.models.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * At most {@code max} requests in flight per server, whichever roles send them (a fair semaphore
 * per server). A permit is held for one HTTP attempt, never across a backoff wait.
 */
public final class ConnectionLimits {
    private final int max;
    private final Map<String, Semaphore> byServer = new ConcurrentHashMap<>();

    public ConnectionLimits(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max connections must be at least 1");
        }
        this.max = max;
    }

    public int max() {
        return max;
    }

    public Semaphore of(String server) {
        return byServer.computeIfAbsent(server, s -> new Semaphore(max, true));
    }
}
