package org.attune.runners.learners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.ActivePreference;
import org.attune.api.Attempt;
import org.attune.api.InferredPreferences;
import org.attune.api.Learner;
import org.attune.api.Round;

/** {@code oracle}: is given the round's active preferences; the floor of the cumulative edit cost. */
final class OracleLearner implements Learner {
    private final LearnerKit kit;

    OracleLearner(LearnerKit kit) {
        this.kit = kit;
    }

    @Override
    public Attempt attempt(Round round) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ActivePreference p : round.preferences().items()) {
            values.put(p.attribute(), p.value());
        }
        InferredPreferences belief = InferredPreferences.of(values);
        return new Attempt(kit.responder().respond(round, belief, List.of()), belief);
    }

    @Override
    public void learn(Round round, Attempt attempt, String edited) {
        // it already knows
    }
}
