package org.attune.reports.internal;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.attune.api.InferredPreferences;
import org.attune.evaluator.Episode;
import org.attune.evaluator.LongitudinalSummary;
import org.attune.evaluator.PreferenceWeight;

/**
 * The data of {@code longitudinal.html}, for runs of the longitudinal mode: figures per learner, the
 * cumulative cost and zero-edit charts, one strip of rounds per learner (each cell links to that round's
 * page), and for a chosen round of the first persona's stream, each learner's edit and belief.
 */
final class LongitudinalPage {
    static final String MODE = "longitudinal";
    static final String RIGHT = "right";
    static final String WRONG_VALUE = "wrong-value";
    static final String NOT_ACTIVE = "not-active";

    private LongitudinalPage() {
    }

    record Row(String learner, String colour, int streams, int rounds, int errors, double editCost,
               double editCostNormalized, Double zeroFirst, Double zeroLast, Double precision, Double recall,
               Double jaccard, Double attributeJaccard, long inputTokens, long outputTokens, double costUsd,
               String browserLink) {
    }

    /** One believed value and how it compares with the round's active preferences. */
    record Belief(String attribute, String name, String value, String status) {
    }

    /** One active preference and whether the learner believed it. */
    record Wanted(String attribute, String name, String value, String meaning, boolean believed) {
    }

    record RoundView(String learner, String colour, String task, String item, boolean errored, Integer editCost,
                     Double editCostNormalized, boolean accepted, boolean formsBeliefs, String description,
                     List<Belief> beliefs, List<Wanted> wanted, String response, String edited, String href) {
    }

    record Cell(int round, String href, String colour, String title) {
    }

    record Strip(String learner, String colour, List<Cell> cells) {
    }

    static boolean applies(RunData run) {
        return MODE.equals(run.info().mode());
    }

    static Map<String, Object> context(RunData run, Catalogs catalogs, boolean hasCompare, Integer requestedRound) {
        Map<String, Object> c = new HashMap<>(Page.common("Longitudinal", "longitudinal", "", hasCompare, run.info()));
        LongitudinalSummary summary = run.summary().longitudinal();
        List<String> learners = new ArrayList<>();
        if (summary != null) {
            summary.learners().forEach(l -> learners.add(l.learner()));
        }
        Map<String, Map<Integer, Episode>> byLearner = new HashMap<>();
        TreeSet<String> personas = new TreeSet<>();
        for (Episode e : run.episodes()) {
            if (e.learner() != null && e.round() != null) {
                personas.add(e.persona());
            }
        }
        String persona = personas.isEmpty() ? null : personas.first();
        int maxRound = 0;
        for (Episode e : run.episodes()) {
            if (e.learner() != null && e.round() != null && e.persona().equals(persona)) {
                byLearner.computeIfAbsent(e.learner(), k -> new HashMap<>()).put(e.round(), e);
                maxRound = Math.max(maxRound, e.round());
            }
        }
        int round = chosenRound(requestedRound, maxRound, byLearner);
        c.put("hasFigures", summary != null);
        c.put("rows", summary == null ? List.of() : rows(summary));
        List<Chart> charts = new ArrayList<>();
        if (summary != null) {
            charts.add(CumulativeCostChart.build(summary));
            Chart zoomed = CumulativeCostChart.zoomed(summary);
            if (zoomed != null) {
                charts.add(zoomed);
            }
            charts.add(ZeroEditChart.build(summary));
        }
        c.put("charts", charts);
        c.put("binSize", summary == null ? LongitudinalSummary.DEFAULT_BIN : summary.binSize());
        c.put("persona", persona);
        c.put("personaName", persona == null ? null : catalogs.personaName(persona));
        c.put("personaCount", personas.size());
        c.put("round", round);
        c.put("rounds", maxRound);
        c.put("views", views(learners, byLearner, round, catalogs));
        c.put("strips", strips(learners, byLearner, maxRound));
        c.put("css", new SafeString(Templates.get().asset("overview.css").toString()
                + Templates.get().asset("episode.css") + Templates.get().asset("longitudinal.css")));
        Page.script(c, "worddiff.js", "sort.js");
        return c;
    }

    /**
     * The requested round (clamped to the stream), else the latest round in which a learning learner
     * still needed an edit: where what it had inferred fell short. Else the last round.
     */
    static int chosenRound(Integer requested, int maxRound, Map<String, Map<Integer, Episode>> byLearner) {
        if (maxRound == 0) {
            return 0;
        }
        if (requested != null) {
            return Math.max(1, Math.min(maxRound, requested));
        }
        for (int r = maxRound; r >= 1; r--) {
            for (Map.Entry<String, Map<Integer, Episode>> l : byLearner.entrySet()) {
                Episode e = l.getValue().get(r);
                if (!l.getKey().equals("none") && !l.getKey().equals("oracle") && e != null && EpisodeIndex.usable(e)
                        && e.scores().editCost() != null && e.scores().editCost() > 0) {
                    return r;
                }
            }
        }
        return maxRound;
    }

    private static List<Row> rows(LongitudinalSummary summary) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < summary.learners().size(); i++) {
            LongitudinalSummary.LearnerFigures f = summary.learners().get(i);
            List<Double> share = f.zeroEditShare();
            out.add(new Row(f.learner(), Palette.category(i), f.streams(), f.rounds(), f.errors(), f.editCost(),
                    f.editCostNormalized(), share.isEmpty() ? null : share.get(0),
                    share.isEmpty() ? null : share.get(share.size() - 1), f.inferencePrecision(), f.inferenceRecall(),
                    f.inferenceJaccard(), f.attributeJaccard(), f.inputTokens(), f.outputTokens(), f.costUsd(),
                    Leaderboard.browserLink(f.learner(), MODE)));
        }
        return out;
    }

    private static List<RoundView> views(List<String> learners, Map<String, Map<Integer, Episode>> byLearner, int round,
                                         Catalogs catalogs) {
        List<RoundView> out = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            Episode e = byLearner.getOrDefault(learners.get(i), Map.of()).get(round);
            if (e == null) {
                continue;
            }
            InferredPreferences belief = InferredPreferences.parse(e.inferred());
            Map<String, String> truth = new HashMap<>();
            for (PreferenceWeight p : e.preferences()) {
                truth.put(p.attribute(), p.value());
            }
            List<Belief> beliefs = new ArrayList<>();
            belief.values().forEach((a, v) -> beliefs.add(new Belief(a, catalogs.attributeName(a), v,
                    v.equals(truth.get(a)) ? RIGHT : truth.containsKey(a) ? WRONG_VALUE : NOT_ACTIVE)));
            List<Wanted> wanted = new ArrayList<>();
            for (PreferenceWeight p : e.preferences()) {
                wanted.add(new Wanted(p.attribute(), catalogs.attributeName(p.attribute()), p.value(),
                        catalogs.describeValue(p.attribute(), p.value()), p.value().equals(belief.values().get(p.attribute()))));
            }
            boolean ok = EpisodeIndex.usable(e) && e.scores().editCost() != null;
            // the page diffs the two texts itself (worddiff.js)
            boolean edit = ok && e.scores().edited() != null && e.response() != null;
            out.add(new RoundView(e.learner(), Palette.category(i), e.task(), e.item(), !ok,
                    ok ? e.scores().editCost() : null, ok ? e.scores().editCostNormalized() : null,
                    ok && e.scores().editCost() == 0, e.inferred() != null, belief.description(), beliefs, wanted,
                    edit ? e.response() : null, edit ? e.scores().edited() : null,
                    PageNames.link(e.key())));
        }
        return out;
    }

    private static List<Strip> strips(List<String> learners, Map<String, Map<Integer, Episode>> byLearner, int rounds) {
        int max = 1;
        for (Map<Integer, Episode> m : byLearner.values()) {
            for (Episode e : m.values()) {
                if (EpisodeIndex.usable(e) && e.scores().editCost() != null) {
                    max = Math.max(max, e.scores().editCost());
                }
            }
        }
        List<Strip> out = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            Map<Integer, Episode> m = byLearner.getOrDefault(learners.get(i), Map.of());
            List<Cell> cells = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                Episode e = m.get(r);
                if (e == null) {
                    cells.add(new Cell(r, null, "#ffffff", "round " + r + ": not run"));
                } else if (!EpisodeIndex.usable(e) || e.scores().editCost() == null) {
                    cells.add(new Cell(r, PageNames.link(e.key()), "#D55E00", "round " + r + ": error"));
                } else {
                    int cost = e.scores().editCost();
                    // accepted rounds stay pale; edited ones darken with their cost
                    String colour = cost == 0 ? "#e6eaee" : Palette.ramp(1 - Math.sqrt(cost / (double) max));
                    cells.add(new Cell(r, PageNames.link(e.key()), colour, String.format(Locale.ROOT,
                            "round %d, %s: %s", r, e.item(), cost == 0 ? "accepted" : cost + " word edits")));
                }
            }
            out.add(new Strip(learners.get(i), Palette.category(i), cells));
        }
        return out;
    }
}
