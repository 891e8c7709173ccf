package org.attune.runners.agents.pep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's beliefs during an episode: for every candidate attribute the log-odds that it is active,
 * starting at the population prior and moved by each answer with naive-Bayes evidence weights from the
 * co-occurrence counts; what is known (asked, or stated unprompted); and the revealed values.
 */
final class Beliefs {
    private final PopulationPriors priors;
    private final double[] logOdds;
    private final boolean[] known;
    private final boolean[] asked;
    private final Map<String, String> revealed = new LinkedHashMap<>();

    Beliefs(PopulationPriors priors) {
        this.priors = priors;
        int n = priors.size();
        logOdds = new double[n];
        known = new boolean[n];
        asked = new boolean[n];
        for (int a = 0; a < n; a++) {
            double p = priors.prior(a);
            logOdds[a] = Math.log(p / (1 - p));
        }
    }

    PopulationPriors priors() {
        return priors;
    }

    /** P(a active | everything observed); 1 or 0 once known. */
    double p(int a) {
        if (known[a]) {
            return revealed.containsKey(priors.attributes().get(a)) ? 1 : 0;
        }
        return sigmoid(logOdds[a]);
    }

    boolean known(int a) {
        return known[a];
    }

    boolean asked(int a) {
        return asked[a];
    }

    /** Records a question about {@code a}, whatever its answer. */
    void markAsked(int a) {
        asked[a] = true;
    }

    /**
     * Observes that {@code b} is active with {@code value}, or inactive when value is null, and moves every
     * unknown attribute's log-odds by the evidence weight of that observation. A second observation of a
     * known attribute changes nothing.
     */
    void observe(int b, String value) {
        if (known[b]) {
            return;
        }
        known[b] = true;
        if (value != null) {
            revealed.put(priors.attributes().get(b), value);
        }
        for (int a = 0; a < logOdds.length; a++) {
            if (!known[a]) {
                logOdds[a] += evidence(a, b, value);
            }
        }
    }

    /** The evidence weight for {@code a} of learning {@code b}'s value (null: inactive). */
    private double evidence(int a, int b, String value) {
        return value == null ? priors.logLikelihoodRatio(a, b, false) : priors.logLikelihoodRatio(a, b, value);
    }

    /** The revealed attribute -> value pairs, in the order they were learned. */
    Map<String, String> revealed() {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(revealed));
    }

    /**
     * Expected information gain of asking about {@code b}: its own binary entropy, which the answer
     * removes, plus the expected drop in binary entropy of every other unknown attribute, over the answers
     * "no preference" and each value (weighted by how probable each is now).
     */
    double expectedGain(int b) {
        if (known[b]) {
            return 0; // nothing left to learn from asking
        }
        double pb = p(b);
        Map<String, Double> values = valueProbabilities(b);
        double gain = entropy(pb);
        for (int a = 0; a < logOdds.length; a++) {
            if (a == b || known[a]) {
                continue;
            }
            double after = (1 - pb) * entropy(sigmoid(logOdds[a] + evidence(a, b, null)));
            for (Map.Entry<String, Double> v : values.entrySet()) {
                after += pb * v.getValue() * entropy(sigmoid(logOdds[a] + evidence(a, b, v.getKey())));
            }
            gain += entropy(sigmoid(logOdds[a])) - after;
        }
        return gain;
    }

    /** The probability of each value of {@code a} given that it is active and the revealed values. */
    Map<String, Double> valueProbabilities(int a) {
        Map<String, Double> scores = priors.valueScores(a, revealed);
        double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = 0;
        for (double v : scores.values()) {
            sum += Math.exp(v - max);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            out.put(e.getKey(), Math.exp(e.getValue() - max) / sum);
        }
        return out;
    }

    /** The most probable value of {@code a} given the revealed values (the first of equals). */
    String likelyValue(int a) {
        String best = null;
        double bestP = -1;
        for (Map.Entry<String, Double> e : valueProbabilities(a).entrySet()) {
            if (e.getValue() > bestP) {
                bestP = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The probability of the most probable value of {@code a} given that it is active. */
    double likelyValueShare(int a) {
        return valueProbabilities(a).values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    static double entropy(double p) {
        if (p <= 0 || p >= 1) {
            return 0;
        }
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
