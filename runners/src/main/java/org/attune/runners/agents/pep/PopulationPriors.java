package org.attune.runners.agents.pep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over a population of active-preference sets ("draws"): how often each attribute is active
 * (p_a), its value distribution, how often two attributes are active together and with which values,
 * and its mean importance when active. Counts are smoothed with half a pseudo-count (Jeffreys), so an
 * attribute never seen is improbable but not impossible. Immutable once fitted.
 */
public final class PopulationPriors {
    /** Pseudo-count added to each side of an activity count. */
    static final double ALPHA = 0.5;
    /** Pseudo-count added to each value of a value count. */
    static final double BETA = 0.5;

    /** One population member's active preferences: attribute -> value, and attribute -> importance (1-5). */
    public record Draw(Map<String, String> values, Map<String, Integer> importance) {
        public Draw {
            values = Map.copyOf(values);
            importance = Map.copyOf(importance);
        }
    }

    private final List<String> ids;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, List<String>> valuesOf;
    private final int n;
    private final int[] active;
    private final int[][] both;
    private final double[] importance;
    private final double meanActive;
    private final Map<String, Integer> valueCounts = new HashMap<>(); // a=x
    private final Map<String, Integer> pairCounts = new HashMap<>();  // a=x|b and a=x|b=y

    private PopulationPriors(Map<String, List<String>> valuesOf, List<Draw> draws) {
        this.valuesOf = valuesOf;
        this.ids = List.copyOf(valuesOf.keySet());
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        this.n = draws.size();
        this.active = new int[ids.size()];
        this.both = new int[ids.size()][ids.size()];
        double[] impSum = new double[ids.size()];
        long total = 0;
        for (Draw d : draws) {
            List<Integer> on = new ArrayList<>();
            for (Map.Entry<String, String> e : d.values().entrySet()) {
                Integer i = index.get(e.getKey());
                if (i != null) {
                    on.add(i);
                    active[i]++;
                    impSum[i] += d.importance().getOrDefault(e.getKey(), 1);
                    valueCounts.merge(e.getKey() + "=" + e.getValue(), 1, Integer::sum);
                }
            }
            total += on.size();
            for (int a : on) {
                for (int b : on) {
                    if (a != b) {
                        both[a][b]++;
                        String ax = ids.get(a) + "=" + d.values().get(ids.get(a)) + "|" + ids.get(b);
                        pairCounts.merge(ax, 1, Integer::sum);
                        pairCounts.merge(ax + "=" + d.values().get(ids.get(b)), 1, Integer::sum);
                    }
                }
            }
        }
        this.importance = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            importance[i] = active[i] == 0 ? 1 : impSum[i] / active[i];
        }
        this.meanActive = n == 0 ? 0 : total / (double) n;
    }

    /**
     * Fits the counts of {@code draws} over the candidate attributes (id -> legal values, in the order
     * questions are considered); draws' attributes outside the candidates are ignored.
     */
    public static PopulationPriors fit(Map<String, List<String>> candidates, List<Draw> draws) {
        return new PopulationPriors(new LinkedHashMap<>(candidates), draws);
    }

    /** The candidate attribute ids, in order. */
    public List<String> attributes() {
        return ids;
    }

    public int size() {
        return ids.size();
    }

    /** How many draws the counts come from. */
    public int draws() {
        return n;
    }

    /** The mean number of active attributes per draw. */
    public double meanActive() {
        return meanActive;
    }

    /** p_a: the smoothed share of draws in which attribute {@code a} (by index) is active. */
    public double prior(int a) {
        return (active[a] + ALPHA) / (n + 2 * ALPHA);
    }

    /** Mean importance (1-5) of attribute {@code a} when active; 1 when never seen. */
    public double importance(int a) {
        return importance[a];
    }

    /**
     * The naive-Bayes evidence weight of learning whether {@code b} is active for the belief that {@code a}
     * is: log P(b's state | a active) - log P(b's state | a inactive).
     */
    public double logLikelihoodRatio(int a, int b, boolean bActive) {
        double givenA = (both[a][b] + ALPHA) / (active[a] + 2 * ALPHA);
        double givenNotA = (active[b] - both[a][b] + ALPHA) / (n - active[a] + 2 * ALPHA);
        return bActive ? Math.log(givenA) - Math.log(givenNotA) : Math.log(1 - givenA) - Math.log(1 - givenNotA);
    }

    /**
     * The naive-Bayes evidence weight of learning that {@code b} is active with value {@code y} for the belief
     * that {@code a} is active: log P(b = y | a active) - log P(b = y | a inactive). It carries what the
     * value says about the kind of person (a reader who wants plain words tends to want worked examples).
     */
    public double logLikelihoodRatio(int a, int b, String y) {
        String by = ids.get(b) + "=" + y;
        int withA = pairCounts.getOrDefault(by + "|" + ids.get(a), 0);
        int all = valueCounts.getOrDefault(by, 0);
        double givenA = (withA + ALPHA) / (active[a] + 2 * ALPHA);
        double givenNotA = (all - withA + ALPHA) / (n - active[a] + 2 * ALPHA);
        return Math.log(givenA) - Math.log(givenNotA);
    }

    /**
     * The log-probability of each value of {@code a} given that it is active and that each attribute of
     * {@code revealed} (id -> value) is active with that value (naive Bayes over pairwise value counts),
     * unnormalized.
     */
    public Map<String, Double> valueScores(int a, Map<String, String> revealed) {
        String id = ids.get(a);
        List<String> values = valuesOf.get(id);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String x : values) {
            double s = Math.log((valueCounts.getOrDefault(id + "=" + x, 0) + BETA) / (active[a] + BETA * values.size()));
            for (Map.Entry<String, String> r : revealed.entrySet()) {
                List<String> other = valuesOf.get(r.getKey());
                if (other == null || r.getKey().equals(id)) {
                    continue;
                }
                String ax = id + "=" + x + "|" + r.getKey();
                s += Math.log((pairCounts.getOrDefault(ax + "=" + r.getValue(), 0) + BETA)
                        / (pairCounts.getOrDefault(ax, 0) + BETA * other.size()));
            }
            out.put(x, s);
        }
        return out;
    }

    /** The index of an attribute id, or -1. */
    public int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }
}
