package org.attune.runners.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.evaluator.CriterionScore;
import org.attune.evaluator.RoleUsage;

/**
 * What the model calls of one episode left to record: usage and cost per role, format errors and
 * the judge's second opinions. The episode runner opens a {@link Sheet} on the thread that plays
 * the episode; model-backed roles, which see no episode handle (Judge and Editor are one-method
 * ports), write to the sheet of their thread. Calls made with no sheet open are not recorded.
 */
public final class ModelLedger {
    private final ThreadLocal<Sheet> current = new ThreadLocal<>();

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

    /** The epoch of the episode on this thread (1 when none): part of every cache key. */
    public int epoch() {
        Sheet s = current.get();
        return s == null ? 1 : s.epoch;
    }

    public void formatError(String role, String message) {
        Sheet s = current.get();
        if (s != null) {
            s.formatError(role + ": " + message);
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
        Sheet s = current.get();
        if (s != null) {
            s.add(role, inputTokens, outputTokens, costUsd);
        }
    }

    /** One episode's record; thread-safe, though an episode's calls are made on one thread. */
    public final class Sheet implements AutoCloseable {
        private final int epoch;
        private final Map<String, RoleUsage> usage = new TreeMap<>();
        private final List<String> formatErrors = new ArrayList<>();
        private final List<CriterionScore> audit = new ArrayList<>();
        private double costUsd;

        private Sheet(int epoch) {
            this.epoch = epoch;
        }

        synchronized void add(String role, long in, long out, double cost) {
            usage.merge(role, new RoleUsage(1, in, out), RoleUsage::plus);
            costUsd += cost;
        }

        synchronized void formatError(String message) {
            formatErrors.add(message);
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

        public synchronized List<String> formatErrors() {
            return List.copyOf(formatErrors);
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
