package org.attune.reports.gate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunInfo;
import org.attune.personas.InvalidInputException;
import org.attune.reports.gate.EpisodePairs.Pair;
import org.attune.reports.gate.GateOutcome.RunRef;

/**
 * Gates a candidate run against a baseline (SPEC §5, {@code attune gate}): pairs their episodes by
 * key, refuses runs that are not comparable, and decides per metric from the paired difference
 * and its bootstrap interval over (item, persona) clusters. Reads only the two run directories.
 */
public final class Gate {
    /** Below this many clusters the bootstrap has too little to resample to be trusted. */
    static final int FEW_CLUSTERS = 10;
    private static final int LISTED_KEYS = 20;

    private Gate() {
    }

    /** Where the gate writes by default: {@code <candidate>/gate}. */
    public static Path defaultOut(Path candidate) {
        return candidate.resolve("gate");
    }

    /**
     * Compares two run directories.
     *
     * @throws InvalidInputException when a directory is missing, is not a run, or is corrupt, or
     *                               the agent map names an agent the baseline does not have
     */
    public static GateOutcome compare(Path baselineDir, Path candidateDir, GateOptions options) {
        Run base = Run.read(baselineDir, "baseline");
        Run cand = Run.read(candidateDir, "candidate");
        options.agentMap().validate(base.agents());
        RunRef baseRef = new RunRef(baselineDir.toString(), base.info().id());
        RunRef candRef = new RunRef(candidateDir.toString(), cand.info().id());

        List<String> warnings = new ArrayList<>();
        base.tornWarning().ifPresent(warnings::add);
        cand.tornWarning().ifPresent(warnings::add);
        List<String> reasons = new ArrayList<>(Comparability.reasons(base.info(), cand.info()));
        Comparability.unfinished("baseline", baselineDir, base.info()).ifPresent(reasons::add);
        Comparability.unfinished("candidate", candidateDir, cand.info()).ifPresent(reasons::add);
        GateReport.Labels labels = labels(base, cand, options.agentMap());
        if (!labels.same()) {
            String listed = "comparison units (agent / condition) only in the baseline: "
                    + orNone(labels.onlyBaseline()) + "; only in the candidate: " + orNone(labels.onlyCandidate());
            if (options.requireSameLabels()) {
                reasons.add(listed + " (--require-same-labels)");
            } else {
                warnings.add(listed + "; they are not gated");
            }
        }
        EpisodePairs pairs = EpisodePairs.match(base.episodes(), cand.episodes(), options.agentMap());
        if (pairs.matched().isEmpty()) {
            reasons.add("no candidate episode has the key of a baseline episode (task|item|persona|condition|agent|"
                    + "epoch); baseline agents: " + String.join(", ", base.agents()) + "; candidate agents: "
                    + String.join(", ", cand.agents()) + " (rename with --agent-map OLD=NEW)");
            return NotComparable.of(baseRef, candRef, reasons);
        }
        List<Pair> differing = pairs.matched().stream().filter(p -> !p.samePreferences()).toList();
        if (!differing.isEmpty()) {
            reasons.add("active preferences differ in " + differing.size() + " of " + pairs.matched().size()
                    + " matched episodes (first: " + differing.get(0).key() + "); were the runs made with different"
                    + " --seed or persona content?");
        }
        if (!reasons.isEmpty()) {
            if (!options.allowMismatch()) {
                return NotComparable.of(baseRef, candRef, reasons);
            }
            for (String r : reasons) {
                warnings.add("NOT COMPARABLE, compared anyway because of --allow-mismatch: " + r);
            }
        }
        List<Pair> usable = pairs.usable();
        MetricCalculator.Computed computed = new MetricCalculator(options).compute(usable, pairs.matched());
        boolean regression = computed.metrics().stream().anyMatch(m -> m.verdict() == Verdict.REGRESSION);
        if (usable.isEmpty() && !regression) {
            return NotComparable.of(baseRef, candRef,
                    List.of("every matched episode ended in an error in at least one of the runs"));
        }
        warnings.addAll(pairingWarnings(pairs, usable));

        List<MetricResult> metrics = computed.metrics();
        DeclineFinder declines = new DeclineFinder(options);
        return new GateReport(GateOutcome.SCHEMA, regression ? "regression" : "no regression",
                regression ? GateOutcome.REGRESSION : GateOutcome.PASS, baseRef, candRef,
                new GateReport.Settings(options.resamples(), options.seed(), options.method().name().toLowerCase(
                        java.util.Locale.ROOT), options.level(), options.strict(), options.allowMismatch(),
                        options.agentMap().describe(), FAMILY_WISE, computed.familySize(), computed.adjustedLevel(),
                        options.requireSameLabels(), options.reportUrl()),
                warnings, pairing(pairs, usable), comparisons(metrics), labels, metrics, declines.attributes(usable),
                declines.episodes(usable, candidateDir));
    }

    /** How the family-wise error over every (unit x metric) is controlled (named in gate.md and docs/ci.md). */
    static final String FAMILY_WISE = "bonferroni";

    /** One entry per comparison unit, in the order of the metrics. */
    private static List<GateReport.Comparison> comparisons(List<MetricResult> metrics) {
        java.util.Map<String, List<MetricResult>> byUnit = new java.util.LinkedHashMap<>();
        for (MetricResult m : metrics) {
            byUnit.computeIfAbsent(m.comparison(), k -> new ArrayList<>()).add(m);
        }
        List<GateReport.Comparison> out = new ArrayList<>();
        for (List<MetricResult> unit : byUnit.values()) {
            List<String> regressed = unit.stream().filter(m -> m.verdict() == Verdict.REGRESSION)
                    .map(MetricResult::id).toList();
            out.add(new GateReport.Comparison(unit.get(0).agent(), unit.get(0).condition(),
                    regressed.isEmpty() ? "no regression" : "regression", regressed));
        }
        return out;
    }

    /** Comparison units (agent after the agent map, condition) found in one run only. */
    private static GateReport.Labels labels(Run base, Run cand, AgentMap map) {
        Set<String> b = new java.util.TreeSet<>();
        base.episodes().forEach(e -> b.add(map.apply(e.agent()) + " / " + e.condition()));
        Set<String> c = new java.util.TreeSet<>();
        cand.episodes().forEach(e -> c.add(e.agent() + " / " + e.condition()));
        List<String> onlyB = b.stream().filter(u -> !c.contains(u)).toList();
        List<String> onlyC = c.stream().filter(u -> !b.contains(u)).toList();
        return new GateReport.Labels(onlyB, onlyC);
    }

    private static String orNone(List<String> units) {
        return units.isEmpty() ? "none" : String.join(", ", units);
    }

    private static List<String> pairingWarnings(EpisodePairs pairs, List<Pair> usable) {
        List<String> out = new ArrayList<>();
        if (!pairs.onlyBaseline().isEmpty() || !pairs.onlyCandidate().isEmpty()) {
            out.add("unmatched episodes: " + pairs.onlyBaseline().size() + " only in the baseline, "
                    + pairs.onlyCandidate().size() + " only in the candidate; they are left out of every figure");
        }
        long clusters = usable.stream().map(Pair::cluster).distinct().count();
        if (clusters < FEW_CLUSTERS) {
            out.add("only " + clusters + " (item, persona) clusters: intervals from so few are unreliable");
        }
        long baseErrors = pairs.matched().stream().filter(p -> p.baseline().failed()).count();
        long candErrors = pairs.matched().stream().filter(p -> p.candidate().failed()).count();
        if (candErrors > baseErrors) {
            out.add("the candidate errored in " + candErrors + " matched episodes, the baseline in " + baseErrors
                    + "; errored episodes are left out of every figure");
        }
        return out;
    }

    private static GateReport.Pairing pairing(EpisodePairs pairs, List<Pair> usable) {
        return new GateReport.Pairing(pairs.matched().size(), usable.size(),
                (int) usable.stream().map(Pair::cluster).distinct().count(),
                pairs.onlyBaseline().size(), pairs.onlyCandidate().size(),
                (int) pairs.matched().stream().filter(p -> p.baseline().failed()).count(),
                (int) pairs.matched().stream().filter(p -> p.candidate().failed()).count(),
                first(pairs.onlyBaseline()), first(pairs.onlyCandidate()));
    }

    private static List<String> first(List<String> keys) {
        return keys.subList(0, Math.min(LISTED_KEYS, keys.size()));
    }

    /** A run directory read for gating. */
    private record Run(RunInfo info, List<Episode> episodes, String side, Path dir, String tornTail) {
        static Run read(Path dir, String side) {
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException(dir + ": " + side + " run directory not found");
            }
            RunDirectory run = new RunDirectory(dir);
            RunInfo info = run.readRunInfo();
            RunDirectory.Journal journal = run.readJournal();
            if (journal.episodes().isEmpty()) {
                throw new InvalidInputException(run.file(RunDirectory.EPISODES) + ": " + side
                        + " run has no finished episodes");
            }
            return new Run(info, journal.episodes(), side, dir, journal.tornTail());
        }

        Set<String> agents() {
            return episodes.stream().map(Episode::agent).collect(Collectors.toCollection(java.util.TreeSet::new));
        }

        java.util.Optional<String> tornWarning() {
            return tornTail == null || tornTail.isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(side + ": the unfinished last line of " + dir.resolve(RunDirectory.EPISODES)
                            + " was ignored");
        }
    }
}
