package org.attune.runners.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Picks a threshold from an accuracy curve over an ascending grid. */
final class ThresholdGrid {
    private ThresholdGrid() {
    }

    /**
     * The highest grid point of the longest run of consecutive points that reach the best accuracy
     * (the first of equally long runs): among equally accurate thresholds, the one that matches least,
     * since a false match makes the simulated person talk about something nobody asked (SPEC §2)
     * while a missed one only costs the agent a question.
     */
    static double topOfBestRun(Map<Double, Double> curve) {
        List<Double> xs = new ArrayList<>(curve.keySet());
        xs.sort(null);
        double best = curve.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        int bestStart = -1;
        int bestLength = 0;
        int start = -1;
        for (int i = 0; i <= xs.size(); i++) {
            boolean top = i < xs.size() && curve.get(xs.get(i)) == best;
            if (top && start < 0) {
                start = i;
            } else if (!top && start >= 0) {
                if (i - start > bestLength) {
                    bestStart = start;
                    bestLength = i - start;
                }
                start = -1;
            }
        }
        return xs.get(bestStart + bestLength - 1);
    }
}
