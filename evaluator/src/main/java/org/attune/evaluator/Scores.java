package org.attune.evaluator;

import java.util.List;

/**
 * Everything scored for one episode (SPEC §3). Boxed fields are null when they do not apply:
 * {@code correct} for open items, the elicitation figures outside discovery.
 */
public record Scores(
        Double alignment,
        List<CriterionScore> criteria,
        Boolean correct,
        String extracted,
        String correctnessReason,
        Integer editCost,
        Double editCostNormalized,
        String edited,
        Boolean accepted,
        Integer questions,
        Double recall,
        Double precision) {

    public Scores {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
