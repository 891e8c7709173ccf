package org.attune.runners.learners;

/** A past round shown to an in-context learner: its context, the response and the person's edit of it. */
public record Example(String context, String response, String edited) {
}
