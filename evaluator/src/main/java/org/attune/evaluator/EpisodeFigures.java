package org.attune.evaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.attune.api.CriterionScore;
import org.attune.api.Turn;

/**
 * An episode without the long texts that only its own page shows (the response and its edit, the
 * dialogue's words, the judge's justifications), for what reads a whole run at once: the summary,
 * the report's tables and charts, the gate (the start time is dropped too; the duration is kept). Ids, questions and other repeated short texts are
 * shared between episodes. Longitudinal rounds keep everything (their page details a round).
 * A 120,000-episode run held this way takes about a tenth of its journal's size in memory.
 */
public final class EpisodeFigures {
    private EpisodeFigures() {
    }

    /** A view for one read of a journal; safe to use from several threads. */
    public static UnaryOperator<Episode> view() {
        Map<String, String> shared = new ConcurrentHashMap<>();
        UnaryOperator<String> same = s -> s == null ? null : shared.computeIfAbsent(s, k -> k);
        return e -> e.learner() != null ? e : figures(e, same);
    }

    private static Episode figures(Episode e, UnaryOperator<String> same) {
        List<PreferenceWeight> prefs = new ArrayList<>(e.preferences().size());
        for (PreferenceWeight p : e.preferences()) {
            prefs.add(new PreferenceWeight(same.apply(p.attribute()), same.apply(p.value()), p.weight()));
        }
        List<Turn> turns = new ArrayList<>(e.turns().size());
        for (Turn t : e.turns()) {
            turns.add(new Turn(same.apply(t.role()), null, t.matched()));
        }
        Scores s = e.scores();
        Scores kept = null;
        if (s != null) {
            List<CriterionScore> criteria = new ArrayList<>(s.criteria().size());
            for (CriterionScore c : s.criteria()) {
                criteria.add(new CriterionScore(same.apply(c.attribute()), c.score(), same.apply(c.kind()), null));
            }
            kept = new Scores(s.alignment(), criteria, s.correct(), same.apply(s.extracted()), null, s.editCost(),
                    s.editCostNormalized(), null, s.accepted(), s.questions(), s.recall(), s.precision(), s.unscored());
        }
        return new Episode(same.apply(e.schema()), e.key(), same.apply(e.task()), same.apply(e.item()), same.apply(e.persona()),
                same.apply(e.condition()), same.apply(e.agent()), e.epoch(), same.apply(e.question()),
                same.apply(e.goldAnswer()), prefs, turns, null, e.error(), kept, e.usage(), e.costUsd(),
                e.timing() == null ? null : new Timing(null, e.timing().millis()),
                e.learner(), e.round(), e.inferred(), e.formatErrors(), e.judgeAudit(), null, e.normalizations(),
                e.unpricedCalls(), e.predictedProfile()); // the reasoning is long text; the rest are figures
    }
}
