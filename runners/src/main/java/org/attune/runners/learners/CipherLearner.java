package org.attune.runners.learners;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.Attempt;
import org.attune.api.InferredPreferences;
import org.attune.api.Learner;
import org.attune.api.Round;

/**
 * {@code cipher-k} (CIPHER, PRELUDE 2024): infers a preference from each edit and stores it with the
 * round's context; for a new context it retrieves the k most similar stored contexts and aggregates
 * their preferences into the belief it acts on.
 */
final class CipherLearner implements Learner {
    private final LearnerKit kit;
    private final int k;
    private final Memory memory = new Memory();

    CipherLearner(LearnerKit kit, int k) {
        this.kit = kit;
        this.k = k;
    }

    @Override
    public Attempt attempt(Round round) {
        List<Memory.Entry> near = memory.nearest(kit.embedding().embed(round.context()), k);
        InferredPreferences belief = InferredPreferences.NONE;
        if (!near.isEmpty()) {
            List<InferredPreferences> stored = new ArrayList<>();
            near.forEach(e -> stored.add(e.revealed()));
            belief = kit.aggregator().aggregate(round, stored);
        }
        return new Attempt(kit.responder().respond(round, belief, List.of()), belief);
    }

    @Override
    public void learn(Round round, Attempt attempt, String edited) {
        InferredPreferences revealed = Revelation.of(kit, round, attempt, edited);
        memory.add(new Memory.Entry(round.number(), round.context(), kit.embedding().embed(round.context()),
                attempt.response(), edited, revealed));
    }
}
