package org.attune.runners.learners;

import org.attune.api.Attempt;
import org.attune.api.InferredPreferences;
import org.attune.api.Round;

/** What one scored round teaches a learner, the same rule for every learner that reads edits. */
final class Revelation {
    private Revelation() {
    }

    /**
     * An accepted response confirms the belief it was written with (as CIPHER stores the belief it used
     * when the user makes no edit); an edited one is read by the kit's edit reader.
     */
    static InferredPreferences of(LearnerKit kit, Round round, Attempt attempt, String edited) {
        InferredPreferences applied = attempt.belief() == null ? InferredPreferences.NONE : attempt.belief();
        if (edited == null || edited.equals(attempt.response())) {
            return applied;
        }
        return kit.reader().read(round, attempt.response(), edited, applied);
    }
}
