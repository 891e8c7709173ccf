package org.attune.runners.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Picks a threshold from an accuracy curve over an ascending grid. */
final class ThresholdGrid {
    private ThresholdGrid() {
    }

    /**
     * The middle of the longest run of consecutive grid points that reach the best accuracy
     * (the lower middle of an even run, the first of equally long runs): a threshold away from
     * the edges of its plateau moves least when the data change a little.
     */
    static double centreOfBestRun(Map<Double, Double> curve) {
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
        return xs.get(bestStart + (bestLength - 1) / 2);
    }
}
