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
    private final java.util.Set<Failure.Kind> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile java.util.function.Consumer<String> firstFault = m -> { };

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

    /** Counts a faulty attempt; the first of each kind is handed whole to the listener. */
    void fault(Failure f, String whole) {
        fault(f.kind());
        if (seen.add(f.kind())) {
            firstFault.accept("first " + f.label() + " (" + f.kind().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + "): " + whole);
        }
    }

    /** Who hears the first faulty attempt of each kind, whole (the console prints it once). */
    public void onFirstFault(java.util.function.Consumer<String> listener) {
        this.firstFault = listener;
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
