package org.attune.runners.learners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.Attempt;
import org.attune.api.InferredPreferences;
import org.attune.api.Learner;
import org.attune.api.Round;

/**
 * {@code icl-edit-k}: shows the k most similar past rounds' response and edit as examples. Offline there
 * is no model to show them to, so it acts on the preferences those edits reveal, all of them (the most
 * similar round wins where two disagree on an attribute).
 */
final class IclEditLearner implements Learner {
    private final LearnerKit kit;
    private final int k;
    private final Memory memory = new Memory();

    IclEditLearner(LearnerKit kit, int k) {
        this.kit = kit;
        this.k = k;
    }

    @Override
    public Attempt attempt(Round round) {
        List<Memory.Entry> near = memory.nearest(kit.embedding().embed(round.context()), k);
        List<Example> examples = new ArrayList<>();
        Map<String, String> union = new LinkedHashMap<>();
        for (Memory.Entry e : near) {
            examples.add(new Example(e.context(), e.response(), e.edited()));
            if (e.revealed() != null) {
                e.revealed().values().forEach(union::putIfAbsent);
            }
        }
        if (kit.readsExamples()) {
            InferredPreferences belief = InferredPreferences.of(union);
            return new Attempt(kit.responder().respond(round, belief, List.of()), belief);
        }
        return new Attempt(kit.responder().respond(round, InferredPreferences.NONE, examples), null);
    }

    @Override
    public void learn(Round round, Attempt attempt, String edited) {
        InferredPreferences revealed = kit.readsExamples() ? Revelation.of(kit, round, attempt, edited) : null;
        memory.add(new Memory.Entry(round.number(), round.context(), kit.embedding().embed(round.context()),
                attempt.response(), edited, revealed));
    }
}
