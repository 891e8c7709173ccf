package org.attune.runners.learners;

import org.attune.api.InferredPreferences;
import org.attune.api.Round;

/** Infers what a person's edit of a response reveals about their preferences. */
@FunctionalInterface
public interface EditReader {
    /**
     * @param applied the belief the response was written with (never null)
     */
    InferredPreferences read(Round round, String response, String edited, InferredPreferences applied);
}
