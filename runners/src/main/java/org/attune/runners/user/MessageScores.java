package org.attune.runners.user;

import java.util.List;

/**
 * The raw scores of one message, before a threshold is applied: one unit per question it asks
 * (its framing removed), and one per conjunct when a question joins two requests with "and" or "plus".
 */
record MessageScores(List<Unit> units) {

    /** The index of the highest similarity (the first of equal ones). */
    static int best(double[] sims) {
        int b = 0;
        for (int i = 1; i < sims.length; i++) {
            if (sims[i] > sims[b]) {
                b = i;
            }
        }
        return b;
    }

    /**
     * @param attributeSimilarity similarity to each attribute, in catalog order
     * @param cue                 whether a lexical cue of each attribute occurs in the text, in catalog order
     * @param taskSimilarity      highest similarity to a task-content prototype
     * @param taskCue             whether a lexical task-content cue fired
     * @param offTopicSimilarity  highest similarity to an off-topic (small talk) example
     * @param conjunct            whether the unit is a conjunct of a clause rather than a question
     */
    record Unit(String text, double[] attributeSimilarity, boolean[] cue, double taskSimilarity, boolean taskCue,
                double offTopicSimilarity, boolean conjunct) {

        /** The similarities with {@code cueBonus} added where a cue fired. */
        double[] similarity(double cueBonus) {
            double[] out = attributeSimilarity.clone();
            for (int i = 0; i < out.length; i++) {
                if (cue[i]) {
                    out[i] += cueBonus;
                }
            }
            return out;
        }

        /** A unit asks about the task when a cue fires or the task prototypes beat every attribute. */
        boolean asksAboutTask(double[] sims, double taskFloor) {
            double best = sims.length == 0 ? -1 : sims[best(sims)];
            return taskCue || (taskSimilarity >= taskFloor && taskSimilarity > best);
        }
    }
}
