package org.attune.runners.learners;

import java.util.List;
import org.attune.api.InferredPreferences;
import org.attune.api.Round;

/** Writes a round's response given what the learner believes and, for in-context learners, examples. */
@FunctionalInterface
public interface Responder {
    /**
     * @param belief   preferences to follow (never null; {@link InferredPreferences#NONE} for none)
     * @param examples past rounds to imitate, most similar first (empty for most learners)
     */
    String respond(Round round, InferredPreferences belief, List<Example> examples);
}
