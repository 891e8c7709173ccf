package org.attune.runners.models;

import java.util.function.Predicate;
import org.attune.api.Attribute;
import org.attune.api.CriterionScore;
import org.attune.api.Judge;
import org.attune.api.Persona;

/**
 * The judge of a run with a model judge: {@code rules} attributes that have a checker keep their
 * deterministic score; every other attribute goes to the model. With {@code --judge-all} the model
 * also scores the rules attributes, as a second opinion recorded in the episode's
 * {@code judgeAudit} (the checker's score still counts), so the run can report their agreement.
 */
public final class CheckerFirstJudge implements Judge {
    private final Judge checker;
    private final Judge model;
    private final Predicate<String> hasChecker;
    private final boolean judgeAll;
    private final ModelLedger ledger;

    /** @param hasChecker whether an attribute id has a deterministic checker */
    public CheckerFirstJudge(Judge checker, Judge model, Predicate<String> hasChecker, boolean judgeAll,
                             ModelLedger ledger) {
        this.checker = checker;
        this.model = model;
        this.hasChecker = hasChecker;
        this.judgeAll = judgeAll;
        this.ledger = ledger;
    }

    @Override
    public CriterionScore score(Attribute attribute, String value, Persona persona, String response) {
        if (!(attribute.isRules() && hasChecker.test(attribute.id()))) {
            return model.score(attribute, value, persona, response);
        }
        CriterionScore own = checker.score(attribute, value, persona, response);
        if (judgeAll) {
            try {
                ledger.audit(model.score(attribute, value, persona, response));
            } catch (InvalidJudgementException e) {
                ledger.formatError(RubricModelJudge.ROLE, "audit of " + attribute.id() + ": " + e.getMessage());
            }
        }
        return own;
    }
}
