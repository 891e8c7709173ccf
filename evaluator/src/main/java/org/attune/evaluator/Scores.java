package org.attune.evaluator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.attune.api.CriterionScore;

/**
 * Everything scored for one episode (SPEC §3). Boxed fields are null when they do not apply:
 * {@code correct} for open items, the elicitation figures outside discovery. {@code unscored} lists the
 * criteria the judge could not score; {@code alignment} is over the scored ones.
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
        Double precision,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnscoredCriterion> unscored) {

    public Scores {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        unscored = unscored == null ? List.of() : List.copyOf(unscored);
    }

    /** Scores with every criterion scored. */
    public Scores(Double alignment, List<CriterionScore> criteria, Boolean correct, String extracted,
                  String correctnessReason, Integer editCost, Double editCostNormalized, String edited, Boolean accepted,
                  Integer questions, Double recall, Double precision) {
        this(alignment, criteria, correct, extracted, correctnessReason, editCost, editCostNormalized, edited, accepted,
                questions, recall, precision, List.of());
    }
}
