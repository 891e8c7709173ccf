package org.attune.runners.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.CriterionScore;
import org.attune.evaluator.RoleUsage;

/**
 * What the model calls of one episode left to record: usage and cost per role, normalizations and
 * format errors per role, calls of unpriced models and the judge's second opinions. The episode
 * runner opens a {@link Sheet} on the thread that plays the episode; model-backed roles, which see no
 * episode handle (Judge and Editor are one-method ports), write to the sheet of their thread. Every
 * call is also added to the run's {@link LedgerTotals}, sheet or not.
 */
public final class ModelLedger {
    private final ThreadLocal<Sheet> current = new ThreadLocal<>();
    private final LedgerTotals totals = new LedgerTotals();

    /** Starts recording the episode played on this thread; close the sheet when it ends. */
    public Sheet open(int epoch) {
        Sheet s = new Sheet(epoch);
        current.set(s);
        return s;
    }

    /** The open sheet of this thread, or null. */
    public Sheet current() {
        return current.get();
    }

    /** The run's figures so far, for the console. */
    public LedgerTotals totals() {
        return totals;
    }

    /** The epoch of the episode on this thread (1 when none): part of every cache key. */
    public int epoch() {
        Sheet s = current.get();
        return s == null ? 1 : s.epoch;
    }

    public void formatError(String role, String message) {
        totals.formatError(role, role + ": " + message);
        Sheet s = current.get();
        if (s != null) {
            s.formatError(role + ": " + message);
        }
    }

    /** Counts the normalizations one reply of {@code role} went through (SPEC §2: not format errors). */
    public void normalized(String role, List<String> kinds) {
        if (kinds.isEmpty()) {
            return;
        }
        totals.normalized(role, kinds);
        Sheet s = current.get();
        if (s != null) {
            s.normalized(role, kinds);
        }
    }

    public void audit(CriterionScore secondOpinion) {
        Sheet s = current.get();
        if (s != null) {
            s.audit(secondOpinion);
        }
    }

    /** Records one call's tokens and estimated cost against the role (done by the model client). */
    public void usage(String role, long inputTokens, long outputTokens, double costUsd) {
        usage(role, inputTokens, outputTokens, costUsd, true, 0);
    }

    /**
     * Records one call: its tokens, what it cost (0 for an answer from the cache, whose price
     * {@code savedUsd} counts as saved) and whether its model has a price at all.
     */
    public void usage(String role, long inputTokens, long outputTokens, double costUsd, boolean priced, double savedUsd) {
        totals.usage(inputTokens, outputTokens, costUsd, priced, savedUsd);
        Sheet s = current.get();
        if (s != null) {
            s.add(role, inputTokens, outputTokens, costUsd, priced);
        }
    }

    /** One episode's record; thread-safe, though an episode's calls are made on one thread. */
    public final class Sheet implements AutoCloseable {
        private final int epoch;
        private final Map<String, RoleUsage> usage = new TreeMap<>();
        private final List<String> formatErrors = new ArrayList<>();
        private final Map<String, Map<String, Integer>> normalizations = new TreeMap<>();
        private final List<CriterionScore> audit = new ArrayList<>();
        private double costUsd;
        private int unpricedCalls;

        private Sheet(int epoch) {
            this.epoch = epoch;
        }

        synchronized void add(String role, long in, long out, double cost, boolean priced) {
            usage.merge(role, new RoleUsage(1, in, out), RoleUsage::plus);
            costUsd += cost;
            if (!priced) {
                unpricedCalls++;
            }
        }

        synchronized void formatError(String message) {
            formatErrors.add(message);
        }

        synchronized void normalized(String role, List<String> kinds) {
            Map<String, Integer> byKind = normalizations.computeIfAbsent(role, r -> new TreeMap<>());
            kinds.forEach(k -> byKind.merge(k, 1, Integer::sum));
        }

        synchronized void audit(CriterionScore s) {
            audit.add(s);
        }

        public synchronized Map<String, RoleUsage> usage() {
            return Map.copyOf(usage);
        }

        public synchronized double costUsd() {
            return costUsd;
        }

        public synchronized int unpricedCalls() {
            return unpricedCalls;
        }

        public synchronized List<String> formatErrors() {
            return List.copyOf(formatErrors);
        }

        public synchronized Map<String, Map<String, Integer>> normalizations() {
            Map<String, Map<String, Integer>> out = new TreeMap<>();
            normalizations.forEach((r, m) -> out.put(r, Map.copyOf(m)));
            return out;
        }

        public synchronized List<CriterionScore> judgeAudit() {
            return List.copyOf(audit);
        }

        @Override
        public void close() {
            if (current.get() == this) {
                current.remove();
            }
        }
    }
}
