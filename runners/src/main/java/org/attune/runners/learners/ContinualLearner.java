package org.attune.runners.learners;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.attune.api.Attempt;
import org.attune.api.InferredPreferences;
import org.attune.api.Learner;
import org.attune.api.Round;

/**
 * {@code continual-k}: infers preferences from the last k edits whatever their context, and aggregates
 * them (most recent first) into the belief it acts on. It cannot tell kinds of context apart, so it
 * suffers when preferences depend on the task.
 */
final class ContinualLearner implements Learner {
    private final LearnerKit kit;
    private final int k;
    private final Deque<InferredPreferences> recent = new ArrayDeque<>();

    ContinualLearner(LearnerKit kit, int k) {
        this.kit = kit;
        this.k = k;
    }

    @Override
    public Attempt attempt(Round round) {
        InferredPreferences belief = recent.isEmpty() ? InferredPreferences.NONE
                : kit.aggregator().aggregate(round, new ArrayList<>(recent));
        return new Attempt(kit.responder().respond(round, belief, List.of()), belief);
    }

    @Override
    public void learn(Round round, Attempt attempt, String edited) {
        recent.addFirst(Revelation.of(kit, round, attempt, edited));
        while (recent.size() > k) {
            recent.removeLast();
        }
    }
}
