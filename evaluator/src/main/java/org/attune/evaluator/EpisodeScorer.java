package org.attune.evaluator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.AnswerType;
import org.attune.api.Attribute;
import org.attune.api.Correctness;
import org.attune.api.CorrectnessChecker;
import org.attune.api.CriterionScore;
import org.attune.api.Editor;
import org.attune.api.Item;
import org.attune.api.Judge;
import org.attune.api.Match;
import org.attune.api.Persona;
import org.attune.api.Turn;
import org.attune.personas.AttributeCatalog;

/**
 * Scores a finished episode (SPEC §3): criterion scores and weighted alignment, correctness,
 * edit cost against the editor's revision, and elicitation recall and precision.
 */
public final class EpisodeScorer {
    private final AttributeCatalog catalog;
    private final Judge judge;
    private final Editor editor;
    private final CorrectnessChecker correctness;

    public EpisodeScorer(AttributeCatalog catalog, Judge judge, Editor editor, CorrectnessChecker correctness) {
        this.catalog = catalog;
        this.judge = judge;
        this.editor = editor;
        this.correctness = correctness;
    }

    /**
     * @param discovery whether elicitation figures apply (the discovery condition)
     */
    public Scores score(AnswerType type, Item item, Persona persona, ActivePreferences prefs, List<Turn> turns,
                        String response, boolean discovery) {
        List<CriterionScore> criteria = new ArrayList<>();
        List<UnscoredCriterion> unscored = new ArrayList<>();
        for (ActivePreference p : prefs.items()) {
            Attribute a = catalog.get(p.attribute());
            try {
                criteria.add(judge.score(a, p.value(), persona, response));
            } catch (UnscorableCriterionException e) {
                unscored.add(new UnscoredCriterion(p.attribute(), e.getMessage()));
            }
        }
        Double alignment = alignment(prefs, criteria);
        Correctness c = type == AnswerType.OPEN ? Correctness.notApplicable() : correctness.check(type, item, response);
        String edited = editor.edit(response, prefs, persona);
        EditDistance.Measure m = EditDistance.measure(response, edited);
        int cost = m.edits();
        double costNorm = m.normalized();

        Integer questions = null;
        Double recall = null;
        Double precision = null;
        if (discovery) {
            Elicitation e = elicitation(prefs, turns);
            questions = e.questions();
            recall = e.recall();
            precision = e.precision();
        }
        return new Scores(alignment, criteria, c.correct(), c.extracted(), c.reason(), cost, costNorm, edited,
                cost == 0, questions, recall, precision, unscored);
    }

    /**
     * A = sum(w_a * s_a) / sum(w_a) over the criteria that were scored (SPEC §3): the weights of
     * unscored criteria are left out, so the rest are renormalized. Null when none was scored.
     */
    public static Double alignment(ActivePreferences prefs, List<CriterionScore> criteria) {
        java.util.Map<String, Double> weights = new java.util.HashMap<>();
        prefs.items().forEach(p -> weights.put(p.attribute(), p.weight()));
        return alignment(weights, criteria);
    }

    /** As {@link #alignment(ActivePreferences, List)}, with the weights by attribute id. */
    public static Double alignment(java.util.Map<String, Double> weights, List<CriterionScore> criteria) {
        double num = 0;
        double den = 0;
        for (CriterionScore s : criteria) {
            Double w = weights.get(s.attribute());
            if (w != null) {
                num += w * s.score();
                den += w;
            }
        }
        return den == 0 ? null : num / den;
    }

    /** Questions asked, and how many of them (and of the active attributes) the matcher connected. */
    public record Elicitation(int questions, Double recall, Double precision) {
    }

    /**
     * Each agent question is followed by the user's reply, whose {@code matched} list says which
     * attributes the question targeted. recall = share of active attributes some question targeted;
     * precision = share of questions that targeted at least one active attribute.
     */
    public static Elicitation elicitation(ActivePreferences prefs, List<Turn> turns) {
        int questions = 0;
        int hits = 0;
        Set<String> targeted = new HashSet<>();
        for (Turn t : turns) {
            if (Turn.AGENT.equals(t.role())) {
                questions++;
            } else if (Turn.USER.equals(t.role())) {
                boolean hit = false;
                for (Match m : t.matched()) {
                    if (prefs.contains(m.attribute())) {
                        targeted.add(m.attribute());
                        hit = true;
                    }
                }
                if (hit) {
                    hits++;
                }
            }
        }
        Double recall = prefs.size() == 0 ? null : targeted.size() / (double) prefs.size();
        Double precision = questions == 0 ? null : hits / (double) questions;
        return new Elicitation(questions, recall, precision);
    }
}
