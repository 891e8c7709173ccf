package org.attune.runners.models.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counts of a run's model traffic: requests sent, cache hits, retries by cause, calls given up. */
public final class CallStats {
    private final LongAdder requests = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder failedCalls = new LongAdder();
    private final Map<Failure.Kind, LongAdder> faults = new EnumMap<>(Failure.Kind.class);

    public CallStats() {
        for (Failure.Kind k : Failure.Kind.values()) {
            faults.put(k, new LongAdder());
        }
    }

    void request() {
        requests.increment();
    }

    void cacheHit() {
        cacheHits.increment();
    }

    void fault(Failure.Kind kind) {
        faults.get(kind).increment();
    }

    void failedCall() {
        failedCalls.increment();
    }

    public long requests() {
        return requests.sum();
    }

    public long cacheHits() {
        return cacheHits.sum();
    }

    public long failedCalls() {
        return failedCalls.sum();
    }

    public long faults(Failure.Kind kind) {
        return faults.get(kind).sum();
    }

    /** Faulty attempts by cause, only the causes that occurred, e.g. {"SERVER": 2}. */
    public Map<String, Long> faults() {
        Map<String, Long> out = new LinkedHashMap<>();
        faults.forEach((k, v) -> {
            if (v.sum() > 0) {
                out.put(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), v.sum());
            }
        });
        return out;
    }
}
