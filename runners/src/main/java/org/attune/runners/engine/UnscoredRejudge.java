package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.CriterionScore;
import org.attune.api.Judge;
import org.attune.api.Persona;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeJournal;
import org.attune.evaluator.EpisodeScorer;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.Scores;
import org.attune.evaluator.UnscorableCriterionException;
import org.attune.evaluator.UnscoredCriterion;
import org.attune.personas.AttributeCatalog;
import org.attune.runners.models.ModelLedger;

/**
 * {@code --resume --retry-errors} for criteria a judge left unscored: each is judged again on the
 * recorded response (nothing is played again), the alignment is recomputed over the scored criteria,
 * and the episode's new line, with the judge's calls added to its usage and cost, is appended to the
 * journal (its last line is the one read).
 */
final class UnscoredRejudge {
    private UnscoredRejudge() {
    }

    /** Episodes of a journal that have a criterion left unscored. */
    static List<Episode> of(List<Episode> journaled) {
        return journaled.stream().filter(e -> !e.failed() && e.scores() != null && !e.scores().unscored().isEmpty())
                .toList();
    }

    /** Judges the unscored criteria again; returns how many are scored now. */
    static int rejudge(List<Episode> episodes, Judge judge, AttributeCatalog catalog, Map<String, Persona> personas,
                       ModelLedger ledger, EpisodeJournal journal, StopSignal signal) {
        int scored = 0;
        for (Episode e : episodes) {
            if (signal.requested()) {
                break;
            }
            Map<String, String> values = new HashMap<>();
            Map<String, Double> weights = new HashMap<>();
            for (PreferenceWeight p : e.preferences()) {
                values.put(p.attribute(), p.value());
                weights.put(p.attribute(), p.weight());
            }
            List<CriterionScore> criteria = new ArrayList<>(e.scores().criteria());
            List<UnscoredCriterion> still = new ArrayList<>();
            ModelLedger.Sheet sheet = ledger.open(e.epoch());
            try {
                for (UnscoredCriterion u : e.scores().unscored()) {
                    try {
                        criteria.add(judge.score(catalog.get(u.attribute()), values.get(u.attribute()),
                                personas.get(e.persona()), e.response()));
                        scored++;
                    } catch (UnscorableCriterionException again) {
                        still.add(new UnscoredCriterion(u.attribute(), again.getMessage()));
                    }
                }
            } finally {
                sheet.close();
            }
            List<String> order = e.preferences().stream().map(PreferenceWeight::attribute).toList();
            criteria.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.attribute())));
            journal.append(withScores(e, criteria, still, EpisodeScorer.alignment(weights, criteria), sheet));
        }
        return scored;
    }

    private static Episode withScores(Episode e, List<CriterionScore> criteria, List<UnscoredCriterion> unscored,
                                      Double alignment, ModelLedger.Sheet sheet) {
        Scores s = e.scores();
        Scores scores = new Scores(alignment, criteria, s.correct(), s.extracted(), s.correctnessReason(), s.editCost(),
                s.editCostNormalized(), s.edited(), s.accepted(), s.questions(), s.recall(), s.precision(), unscored);
        Map<String, RoleUsage> usage = new TreeMap<>(e.usage());
        sheet.usage().forEach((role, u) -> usage.merge(role, u, RoleUsage::plus));
        Map<String, Map<String, Integer>> normalizations = new TreeMap<>();
        e.normalizations().forEach((role, m) -> normalizations.put(role, new TreeMap<>(m)));
        sheet.normalizations().forEach((role, m) -> m.forEach((kind, n) ->
                normalizations.computeIfAbsent(role, r -> new TreeMap<>()).merge(kind, n, Integer::sum)));
        List<String> formatErrors = new ArrayList<>(e.formatErrors());
        formatErrors.addAll(sheet.formatErrors());
        List<CriterionScore> audit = new ArrayList<>(e.judgeAudit());
        audit.addAll(sheet.judgeAudit());
        return new Episode(e.schema(), e.key(), e.task(), e.item(), e.persona(), e.condition(), e.agent(), e.epoch(),
                e.question(), e.goldAnswer(), e.preferences(), e.turns(), e.response(), e.error(), scores, usage,
                e.costUsd() + sheet.costUsd(), e.timing(), e.learner(), e.round(), e.inferred(), formatErrors, audit,
                e.responseReasoning(), normalizations, e.unpricedCalls() + sheet.unpricedCalls(), e.predictedProfile());
    }
}
