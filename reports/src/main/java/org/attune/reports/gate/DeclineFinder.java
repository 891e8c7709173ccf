package org.attune.reports.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.CriterionScore;
import org.attune.evaluator.Interval;
import org.attune.evaluator.statistics.Bootstrap;
import org.attune.evaluator.statistics.Paired;
import org.attune.personas.PreferenceSampler;
import org.attune.reports.gate.EpisodePairs.Pair;

/** Finds what fell most: attributes (by criterion score) and single episodes (by alignment). */
final class DeclineFinder {
    /** Attribute intervals rank and explain, they do not gate: fewer resamples suffice. */
    private static final int ATTRIBUTE_RESAMPLES = 2000;

    private final GateOptions options;

    DeclineFinder(GateOptions options) {
        this.options = options;
    }

    /** Attributes whose mean criterion score fell, per agent (never pooled), worst first. */
    List<AttributeChange> attributes(List<Pair> pairs) {
        Map<List<String>, Map<String, Double>> base = new TreeMap<>(Comparator.<List<String>, String>comparing(
                k -> k.get(0)).thenComparing(k -> k.get(1)));
        Map<List<String>, Map<String, Double>> cand = new HashMap<>();
        Map<String, String> clusterOf = new HashMap<>();
        for (Pair p : pairs) {
            Map<String, Double> c = new HashMap<>();
            for (CriterionScore s : p.candidate().scores().criteria()) {
                c.put(s.attribute(), s.score());
            }
            for (CriterionScore s : p.baseline().scores().criteria()) {
                Double other = c.get(s.attribute());
                if (other != null) {
                    String key = p.key() + "#" + s.attribute();
                    List<String> unit = List.of(p.agent(), s.attribute());
                    base.computeIfAbsent(unit, k -> new HashMap<>()).put(key, s.score());
                    cand.computeIfAbsent(unit, k -> new HashMap<>()).put(key, other);
                    clusterOf.put(key, p.cluster());
                }
            }
        }
        double threshold = options.thresholds().forMetric(MetricFamily.ALIGNMENT.id());
        List<AttributeChange> out = new ArrayList<>();
        for (List<String> unit : base.keySet()) {
            String attribute = unit.get(1);
            Paired paired = Paired.of(base.get(unit), cand.get(unit), clusterOf::get);
            long seed = PreferenceSampler.streamSeed(options.seed() + "|gate|attribute|" + unit.get(0) + "|" + attribute);
            Interval d = paired.meanDifference(options.method(), Math.min(options.resamples(), ATTRIBUTE_RESAMPLES),
                    seed, options.level());
            if (d.mean() == null || d.mean() >= 0) {
                continue;
            }
            int[] ones = new int[paired.size()];
            java.util.Arrays.fill(ones, 1);
            double lo = d.lo() == null ? d.mean() : d.lo();
            double hi = d.hi() == null ? d.mean() : d.hi();
            Verdict v = Verdict.decide(Direction.HIGHER_IS_BETTER, lo, hi, threshold, options.strict());
            out.add(new AttributeChange(unit.get(0), attribute, paired.pairs(), paired.baselineMean().of(ones),
                    paired.candidateMean().of(ones), d.mean(), lo, hi, v));
        }
        out.sort(Comparator.comparingDouble(AttributeChange::delta).thenComparing(AttributeChange::agent)
                .thenComparing(AttributeChange::attribute));
        return out.subList(0, Math.min(options.topAttributes(), out.size()));
    }

    /** Matched episodes whose alignment fell, worst first, with their report page when published. */
    List<EpisodeChange> episodes(List<Pair> pairs, Path candidateDir) {
        List<EpisodeChange> out = new ArrayList<>();
        for (Pair p : pairs) {
            Double b = p.baseline().scores().alignment();
            Double c = p.candidate().scores().alignment();
            if (b != null && c != null && c < b) {
                out.add(new EpisodeChange(p.key(), p.condition(), p.candidate().agent(), b, c, c - b,
                        null));
            }
        }
        out.sort(Comparator.comparingDouble(EpisodeChange::delta).thenComparing(EpisodeChange::key));
        return out.subList(0, Math.min(options.topEpisodes(), out.size())).stream()
                .map(e -> new EpisodeChange(e.key(), e.condition(), e.agent(), e.baseline(), e.candidate(),
                        e.delta(), ReportLinks.episodePage(candidateDir, e.key())))
                .toList();
    }
}
