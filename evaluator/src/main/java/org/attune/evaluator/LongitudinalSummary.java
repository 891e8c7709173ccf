package org.attune.evaluator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attune.api.InferredPreferences;

/**
 * The longitudinal figures of {@code summary.json} (field {@code longitudinal}), per learner, from the
 * journal's round lines alone. A stream is one persona's sequence of rounds with one learner.
 * Errored rounds are counted and add no cost; every other figure leaves them out.
 *
 * @param binSize rounds per bin of {@link LearnerFigures#zeroEditShare()}
 */
public record LongitudinalSummary(int binSize, List<LearnerFigures> learners) {
    public static final int DEFAULT_BIN = 20;

    public LongitudinalSummary {
        learners = List.copyOf(learners);
    }

    /**
     * One learner's figures.
     *
     * @param editCost            cumulative word edit cost of a stream, averaged over streams
     * @param editCostNormalized  cumulative normalized edit cost of a stream, averaged over streams
     * @param zeroEditShare       per bin of rounds (1-20, 21-40, ...): share of rounds the user accepted unedited
     * @param cumulative          mean over streams of the cumulative edit cost after each round, from round 1
     * @param inferencePrecision  share of inferred attribute=value pairs that are active in the round
     *                            (rounds where it inferred something)
     * @param inferenceRecall     share of the round's active attribute=value pairs it inferred
     * @param inferenceJaccard    |inferred ∩ active| / |inferred ∪ active| over attribute=value pairs
     * @param attributeJaccard    the same over attribute ids alone (a right attribute with a wrong value counts)
     */
    public record LearnerFigures(String learner, int streams, int rounds, int episodes, int errors,
                                 double editCost, double editCostNormalized, List<StreamFigures> byStream,
                                 List<Double> zeroEditShare, List<Double> cumulative,
                                 Double inferencePrecision, Double inferenceRecall, Double inferenceJaccard,
                                 Double attributeJaccard, long inputTokens, long outputTokens, double costUsd) {
        public LearnerFigures {
            byStream = List.copyOf(byStream);
            zeroEditShare = java.util.Collections.unmodifiableList(new ArrayList<>(zeroEditShare));
            cumulative = List.copyOf(cumulative);
        }
    }

    /** One stream's totals. */
    public record StreamFigures(String persona, int rounds, long editCost, double editCostNormalized,
                                double zeroEditShare) {
    }

    /** The figures of a run's round lines, or null when it has none (an episodes-mode run). */
    public static LongitudinalSummary of(List<Episode> episodes) {
        return of(episodes, DEFAULT_BIN);
    }

    public static LongitudinalSummary of(List<Episode> episodes, int binSize) {
        Map<String, Map<String, List<Episode>>> byLearner = new TreeMap<>(learnerOrder());
        for (Episode e : episodes) {
            if (e.learner() != null && e.round() != null) {
                byLearner.computeIfAbsent(e.learner(), k -> new TreeMap<>())
                        .computeIfAbsent(e.persona(), k -> new ArrayList<>()).add(e);
            }
        }
        if (byLearner.isEmpty()) {
            return null;
        }
        List<LearnerFigures> out = new ArrayList<>();
        byLearner.forEach((learner, streams) -> out.add(learner(learner, streams, binSize)));
        return new LongitudinalSummary(binSize, out);
    }

    /** The unlearned baseline and the oracle first, then the learners by label. */
    static Comparator<String> learnerOrder() {
        return Comparator.<String>comparingInt(l -> l.equals("none") ? 0 : l.equals("oracle") ? 1 : 2)
                .thenComparing(Comparator.naturalOrder());
    }

    private static LearnerFigures learner(String learner, Map<String, List<Episode>> streams, int binSize) {
        int rounds = 0;
        for (List<Episode> s : streams.values()) {
            s.sort(Comparator.comparingInt(Episode::round));
            rounds = Math.max(rounds, s.get(s.size() - 1).round());
        }
        double[] curve = new double[rounds];
        int bins = (rounds + binSize - 1) / binSize;
        int[] binRounds = new int[bins];
        int[] binZero = new int[bins];
        List<StreamFigures> byStream = new ArrayList<>();
        Accuracy acc = new Accuracy();
        int episodes = 0;
        int errors = 0;
        long in = 0;
        long outTokens = 0;
        double cost = 0;
        double sumCost = 0;
        double sumNorm = 0;
        for (Map.Entry<String, List<Episode>> s : streams.entrySet()) {
            long total = 0;
            double norm = 0;
            int ok = 0;
            int zero = 0;
            double[] cum = new double[rounds];
            for (Episode e : s.getValue()) {
                episodes++;
                for (RoleUsage u : e.usage().values()) {
                    in += u.inputTokens();
                    outTokens += u.outputTokens();
                }
                cost += e.costUsd();
                if (e.failed() || e.scores() == null || e.scores().editCost() == null) {
                    errors++;
                    continue;
                }
                int c = e.scores().editCost();
                total += c;
                norm += e.scores().editCostNormalized() == null ? 0 : e.scores().editCostNormalized();
                cum[e.round() - 1] += c;
                ok++;
                int bin = (e.round() - 1) / binSize;
                binRounds[bin]++;
                if (c == 0) {
                    zero++;
                    binZero[bin]++;
                }
                acc.add(e);
            }
            for (int r = 0; r < rounds; r++) {
                cum[r] += r == 0 ? 0 : cum[r - 1];
                curve[r] += cum[r];
            }
            sumCost += total;
            sumNorm += norm;
            byStream.add(new StreamFigures(s.getKey(), s.getValue().size(), total, norm,
                    ok == 0 ? 0 : zero / (double) ok));
        }
        int n = streams.size();
        List<Double> cumulative = new ArrayList<>();
        for (double v : curve) {
            cumulative.add(v / n);
        }
        List<Double> share = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            share.add(binRounds[b] == 0 ? null : binZero[b] / (double) binRounds[b]);
        }
        return new LearnerFigures(learner, n, rounds, episodes, errors, sumCost / n, sumNorm / n, byStream, share,
                cumulative, acc.mean(0), acc.mean(1), acc.mean(2), acc.mean(3), in, outTokens, cost);
    }

    /** Running means of precision, recall, Jaccard (pairs) and Jaccard (attributes). */
    private static final class Accuracy {
        private final double[] sum = new double[4];
        private final int[] count = new int[4];

        void add(Episode e) {
            if (e.inferred() == null) {
                return; // the learner forms no explicit belief
            }
            Set<String> truePairs = new HashSet<>();
            Set<String> trueAttrs = new HashSet<>();
            for (PreferenceWeight p : e.preferences()) {
                truePairs.add(p.attribute() + "=" + p.value());
                trueAttrs.add(p.attribute());
            }
            Set<String> pairs = new HashSet<>();
            Set<String> attrs = new HashSet<>();
            InferredPreferences.parse(e.inferred()).values().forEach((a, v) -> {
                pairs.add(a + "=" + v);
                attrs.add(a);
            });
            Set<String> hit = new HashSet<>(pairs);
            hit.retainAll(truePairs);
            if (!pairs.isEmpty()) {
                put(0, hit.size() / (double) pairs.size());
            }
            if (!truePairs.isEmpty()) {
                put(1, hit.size() / (double) truePairs.size());
            }
            put(2, jaccard(pairs, truePairs));
            put(3, jaccard(attrs, trueAttrs));
        }

        private void put(int i, double v) {
            sum[i] += v;
            count[i]++;
        }

        Double mean(int i) {
            return count[i] == 0 ? null : sum[i] / count[i];
        }

        static double jaccard(Set<String> a, Set<String> b) {
            Set<String> union = new HashSet<>(a);
            union.addAll(b);
            if (union.isEmpty()) {
                return 1.0;
            }
            Set<String> both = new HashSet<>(a);
            both.retainAll(b);
            return both.size() / (double) union.size();
        }
    }
}
