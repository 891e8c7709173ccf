package org.attune.api;

/**
 * An agent that meets the same person round after round and may learn from the person's edits
 * (the longitudinal mode). One instance serves one persona's stream, so its state is that person's
 * history alone. Rounds arrive in order; {@link #learn} follows each {@link #attempt} that was scored.
 */
public interface Learner {
    /** The response to this round's item, with what the learner believed when it wrote it. */
    Attempt attempt(Round round);

    /**
     * Takes in the person's edit of the attempt ({@code edited} equals the response when accepted).
     * On resume the journal's rounds are replayed through this method, so it must not call back into
     * {@link #attempt}.
     */
    void learn(Round round, Attempt attempt, String edited);
}
