package org.attune.runners.learners;

import java.util.List;
import org.attune.api.Attempt;
import org.attune.api.InferredPreferences;
import org.attune.api.Learner;
import org.attune.api.Round;

/** {@code none}: the base agent as is; it never learns, so every round costs what the first did. */
final class NoLearner implements Learner {
    private final LearnerKit kit;

    NoLearner(LearnerKit kit) {
        this.kit = kit;
    }

    @Override
    public Attempt attempt(Round round) {
        return new Attempt(kit.responder().respond(round, InferredPreferences.NONE, List.of()), InferredPreferences.NONE);
    }

    @Override
    public void learn(Round round, Attempt attempt, String edited) {
        // by definition
    }
}
