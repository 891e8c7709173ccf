package org.attune.evaluator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.attune.api.CriterionScore;
import org.attune.evaluator.statistics.Bootstrap;
import org.attune.personas.PreferenceSampler;

/**
 * Derives {@code summary.json} from episodes alone (SPEC §3): per agent x condition means with
 * 95% cluster-bootstrap intervals over (item, persona) pairs, normalized gain, worse-than-generic
 * rate and accuracy delta, and per task, persona and attribute slices. Errored episodes are
 * counted but excluded from every mean.
 */
public final class Summarizer {
    public static final String GENERIC = "generic";
    public static final String ORACLE = "oracle";
    /**
     * How much lower than generic a pair's alignment must be to count as "worse than generic":
     * 0.05 on the 1-5 scale, so exact ties and judge noise do not count as personalization failures.
     */
    public static final double WORSE_MARGIN = 0.05;
    private static final List<String> CONDITION_ORDER = List.of("generic", "persona", "discovery", "oracle");

    private final int resamples;
    private final long seed;

    public Summarizer(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    public static Summarizer defaults(long seed) {
        return new Summarizer(Bootstrap.DEFAULT_RESAMPLES, seed);
    }

    public Summary summarize(String runId, List<Episode> all) {
        List<Episode> episodes = new ArrayList<>(all);
        episodes.sort(Comparator.comparing(Episode::key));
        Map<String, List<Episode>> byGroup = new TreeMap<>(groupOrder());
        for (Episode e : episodes) {
            byGroup.computeIfAbsent(e.agent() + "\u0000" + e.condition(), k -> new ArrayList<>()).add(e);
        }
        List<GroupSummary> groups = new ArrayList<>(byGroup.entrySet()).parallelStream().map(g -> {
            String[] parts = g.getKey().split("\u0000", 2);
            return group(parts[0], parts[1], g.getValue(), byGroup);
        }).toList(); // groups are independent and seeded apart: the order of the map, whatever the threads
        int errors = (int) episodes.stream().filter(Episode::failed).count();
        return new Summary(Summary.SCHEMA, runId, episodes.size(), errors, groups,
                slices(episodes, Episode::task), slices(episodes, Episode::persona), attributeSlices(episodes),
                JudgeAudit.of(episodes), LongitudinalSummary.of(episodes), ModelCallSummary.of(episodes),
                ElicitationCurves.of(groups, byGroup,
                        (eps, f, stream) -> interval(eps, f, PreferenceSampler.streamSeed(seed + "|" + stream))));
    }

    private static Comparator<String> groupOrder() {
        return Comparator.<String, String>comparing(k -> k.split("\u0000", 2)[0])
                .thenComparing(k -> conditionRank(k.split("\u0000", 2)[1]))
                .thenComparing(k -> java.util.Objects.requireNonNullElse(ElicitationCurves.budget(k.split("\u0000", 2)[1]), -1))
                .thenComparing(k -> k);
    }

    public static int conditionRank(String condition) {
        int i = CONDITION_ORDER.indexOf(ElicitationCurves.budget(condition) != null ? "discovery" : condition);
        return i < 0 ? CONDITION_ORDER.size() : i;
    }

    private GroupSummary group(String agent, String condition, List<Episode> eps, Map<String, List<Episode>> byGroup) {
        List<Episode> ok = eps.stream().filter(e -> !e.failed() && e.scores() != null).toList();
        long s = PreferenceSampler.streamSeed(seed + "|summary|" + agent + "|" + condition);
        // five independently seeded bootstraps: run side by side, the same intervals whatever the order
        List<Function<Scores, Double>> metrics = List.of(sc -> sc.alignment(),
                sc -> sc.correct() == null ? null : (sc.correct() ? 1.0 : 0.0),
                sc -> sc.editCost() == null ? null : sc.editCost().doubleValue(),
                Scores::editCostNormalized,
                sc -> sc.accepted() == null ? null : (sc.accepted() ? 1.0 : 0.0));
        Interval[] iv = java.util.stream.IntStream.range(0, metrics.size()).parallel()
                .mapToObj(i -> interval(ok, metrics.get(i), s + i)).toArray(Interval[]::new);
        Interval alignment = iv[0];
        Interval correctness = iv[1];
        Interval edit = iv[2];
        Interval editNorm = iv[3];
        Interval acceptance = iv[4];
        Interval questions = Interval.point(mean(ok, sc -> sc.questions() == null ? null : sc.questions().doubleValue()));
        Interval recall = Interval.point(mean(ok, Scores::recall));
        Interval precision = Interval.point(mean(ok, Scores::precision));

        Double gain = null;
        Double worse = null;
        Double accDelta = null;
        List<Episode> generic = byGroup.get(agent + "\u0000" + GENERIC);
        if (!condition.equals(GENERIC) && generic != null) {
            Map<String, Double> aX = pairMeans(ok, Scores::alignment);
            Map<String, Double> aG = pairMeans(usable(generic), Scores::alignment);
            List<Episode> oracle = byGroup.get(agent + "\u0000" + ORACLE);
            if (oracle != null) {
                Map<String, Double> aO = pairMeans(usable(oracle), Scores::alignment);
                double sx = 0;
                double sg = 0;
                double so = 0;
                int n = 0;
                for (String pair : aX.keySet()) {
                    if (aG.containsKey(pair) && aO.containsKey(pair)) {
                        sx += aX.get(pair);
                        sg += aG.get(pair);
                        so += aO.get(pair);
                        n++;
                    }
                }
                if (n > 0 && Math.abs(so - sg) > 1e-12) {
                    gain = (sx - sg) / (so - sg);
                }
            }
            int worseCount = 0;
            int n = 0;
            for (Map.Entry<String, Double> e : aX.entrySet()) {
                Double g = aG.get(e.getKey());
                if (g != null) {
                    n++;
                    if (e.getValue() < g - WORSE_MARGIN) {
                        worseCount++;
                    }
                }
            }
            worse = n == 0 ? null : worseCount / (double) n;
            Map<String, Double> cX = pairMeans(ok, sc -> sc.correct() == null ? null : (sc.correct() ? 1.0 : 0.0));
            Map<String, Double> cG = pairMeans(usable(generic), sc -> sc.correct() == null ? null : (sc.correct() ? 1.0 : 0.0));
            double d = 0;
            int m = 0;
            for (Map.Entry<String, Double> e : cX.entrySet()) {
                Double g = cG.get(e.getKey());
                if (g != null) {
                    d += e.getValue() - g;
                    m++;
                }
            }
            accDelta = m == 0 ? null : d / m;
        }
        Map<String, RoleUsage> usage = new TreeMap<>();
        double cost = 0;
        int unpriced = 0;
        int unscored = 0;
        for (Episode e : eps) {
            unpriced += e.unpricedCalls();
            unscored += e.scores() == null ? 0 : e.scores().unscored().size();
            for (Map.Entry<String, RoleUsage> u : e.usage().entrySet()) {
                usage.merge(u.getKey(), u.getValue(), RoleUsage::plus);
            }
            cost += e.costUsd();
        }
        return new GroupSummary(agent, condition, eps.size(), eps.size() - ok.size(), alignment, correctness, edit,
                editNorm, acceptance, questions, recall, precision, gain, worse, accDelta, usage, cost, unpriced, unscored);
    }

    private static List<Episode> usable(List<Episode> eps) {
        return eps.stream().filter(e -> !e.failed() && e.scores() != null).toList();
    }

    private Interval interval(List<Episode> eps, Function<Scores, Double> f, long s) {
        Map<String, List<Double>> clusters = new LinkedHashMap<>();
        for (Episode e : eps) {
            Double v = f.apply(e.scores());
            if (v != null) {
                clusters.computeIfAbsent(e.pairKey(), k -> new ArrayList<>()).add(v);
            }
        }
        List<double[]> arrays = new ArrayList<>();
        for (List<Double> c : clusters.values()) {
            arrays.add(c.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return Bootstrap.clustered(arrays, resamples, s);
    }

    private static Double mean(List<Episode> eps, Function<Scores, Double> f) {
        double sum = 0;
        int n = 0;
        for (Episode e : eps) {
            Double v = f.apply(e.scores());
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static Map<String, Double> pairMeans(List<Episode> eps, Function<Scores, Double> f) {
        Map<String, double[]> acc = new HashMap<>();
        for (Episode e : eps) {
            Double v = f.apply(e.scores());
            if (v != null) {
                double[] a = acc.computeIfAbsent(e.pairKey(), k -> new double[2]);
                a[0] += v;
                a[1]++;
            }
        }
        Map<String, Double> out = new HashMap<>();
        acc.forEach((k, a) -> out.put(k, a[0] / a[1]));
        return out;
    }

    private static List<SliceSummary> slices(List<Episode> eps, Function<Episode, String> id) {
        Map<List<String>, List<Episode>> by = new TreeMap<>(sliceOrder());
        for (Episode e : eps) {
            by.computeIfAbsent(List.of(id.apply(e), e.agent(), e.condition()), k -> new ArrayList<>()).add(e);
        }
        List<SliceSummary> out = new ArrayList<>();
        by.forEach((k, list) -> {
            List<Episode> ok = usable(list);
            out.add(new SliceSummary(k.get(0), k.get(1), k.get(2), list.size(),
                    mean(ok, Scores::alignment),
                    mean(ok, sc -> sc.correct() == null ? null : (sc.correct() ? 1.0 : 0.0)),
                    mean(ok, sc -> sc.editCost() == null ? null : sc.editCost().doubleValue()),
                    null));
        });
        return out;
    }

    private static Comparator<List<String>> sliceOrder() {
        return Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1))
                .thenComparing(k -> conditionRank(k.get(2)))
                .thenComparing(k -> k.get(2));
    }

    private static List<SliceSummary> attributeSlices(List<Episode> eps) {
        Map<List<String>, double[]> by = new TreeMap<>(sliceOrder()); // sum, n, violations
        for (Episode e : usable(eps)) {
            for (CriterionScore c : e.scores().criteria()) {
                double[] a = by.computeIfAbsent(List.of(c.attribute(), e.agent(), e.condition()), k -> new double[3]);
                a[0] += c.score();
                a[1]++;
                if (c.score() < 5 - 1e-9) {
                    a[2]++;
                }
            }
        }
        List<SliceSummary> out = new ArrayList<>();
        by.forEach((k, a) -> out.add(new SliceSummary(k.get(0), k.get(1), k.get(2), (int) a[1], a[0] / a[1], null,
                null, a[2] / a[1])));
        return out;
    }
}
