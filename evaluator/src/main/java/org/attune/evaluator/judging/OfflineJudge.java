package org.attune.evaluator.judging;

import java.util.Locale;
import org.attune.api.Attribute;
import org.attune.api.CriterionScore;
import org.attune.api.Judge;
import org.attune.api.Persona;
import org.attune.evaluator.rules.RulesLibrary;

/**
 * {@code builtin:judge}: the deterministic checker for {@code rules} attributes (s = 1 + 4d) and
 * the cue heuristic for {@code judge} attributes.
 */
public final class OfflineJudge implements Judge {
    private final RulesLibrary rules;
    private final Judge heuristic = new CueHeuristicJudge();

    public OfflineJudge(RulesLibrary rules) {
        this.rules = rules;
    }

    @Override
    public CriterionScore score(Attribute attribute, String value, Persona persona, String response) {
        if (attribute.isRules() && rules.find(attribute.id()).isPresent()) {
            double d = rules.degree(attribute.id(), response, value);
            return new CriterionScore(attribute.id(), 1 + 4 * d, CriterionScore.RULES,
                    String.format(Locale.ROOT, "checker: %s satisfied to degree %.2f", value, d));
        }
        return heuristic.score(attribute, value, persona, response);
    }
}
