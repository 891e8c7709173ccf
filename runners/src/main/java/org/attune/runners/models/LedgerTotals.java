package org.attune.runners.models;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A run's model figures so far, across episodes: tokens, estimated cost, cost saved by the cache,
 * calls of unpriced models, normalizations and format errors by role. The first format error of
 * each role is handed whole to the listener (the console prints it once).
 */
public final class LedgerTotals {
    private final LongAdder inputTokens = new LongAdder();
    private final LongAdder outputTokens = new LongAdder();
    private final DoubleAdder costUsd = new DoubleAdder();
    private final DoubleAdder savedUsd = new DoubleAdder();
    private final LongAdder unpricedCalls = new LongAdder();
    private final Map<String, Map<String, Long>> normalizations = new TreeMap<>();
    private final Map<String, Long> formatErrors = new TreeMap<>();
    private volatile Consumer<String> firstFormatError = m -> { };

    /** Who hears the first format error of each role, whole. */
    public void onFirstFormatError(Consumer<String> listener) {
        this.firstFormatError = listener;
    }

    void usage(long in, long out, double cost, boolean priced, double saved) {
        inputTokens.add(in);
        outputTokens.add(out);
        costUsd.add(cost);
        savedUsd.add(saved);
        if (!priced) {
            unpricedCalls.increment();
        }
    }

    synchronized void normalized(String role, java.util.List<String> kinds) {
        Map<String, Long> byKind = normalizations.computeIfAbsent(role, r -> new TreeMap<>());
        kinds.forEach(k -> byKind.merge(k, 1L, Long::sum));
    }

    void formatError(String role, String message) {
        boolean first;
        synchronized (this) {
            first = formatErrors.merge(role, 1L, Long::sum) == 1;
        }
        if (first) {
            firstFormatError.accept("first format error of the " + role + ": " + message);
        }
    }

    public long inputTokens() {
        return inputTokens.sum();
    }

    public long outputTokens() {
        return outputTokens.sum();
    }

    public double costUsd() {
        return costUsd.sum();
    }

    public double savedUsd() {
        return savedUsd.sum();
    }

    public long unpricedCalls() {
        return unpricedCalls.sum();
    }

    /** Normalizations by role and kind, e.g. {agent: {reasoning: 12, fence: 3}}. */
    public synchronized Map<String, Map<String, Long>> normalizations() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        normalizations.forEach((r, m) -> out.put(r, Map.copyOf(m)));
        return out;
    }

    /** Replies that could not be read, by role. */
    public synchronized Map<String, Long> formatErrors() {
        return Map.copyOf(formatErrors);
    }

    public long formatErrorsTotal() {
        return formatErrors().values().stream().mapToLong(Long::longValue).sum();
    }
}
