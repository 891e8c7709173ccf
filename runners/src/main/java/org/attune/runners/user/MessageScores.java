package org.attune.runners.user;

import java.util.List;

/**
 * The raw scores of one message, before a threshold is applied: one unit for the whole message,
 * one per clause when it asks several questions, and one per conjunct when a clause joins two
 * requests with "and" or "plus".
 */
record MessageScores(List<Unit> units) {

    /**
     * @param attributeSimilarity similarity to each attribute, in catalog order
     * @param taskSimilarity      highest similarity to a task-content prototype
     * @param taskCue             whether a lexical task-content cue fired
     * @param conjunct            whether the unit is a conjunct of a clause rather than a question
     */
    record Unit(String text, double[] attributeSimilarity, double taskSimilarity, boolean taskCue, boolean conjunct) {

        int best() {
            int b = 0;
            for (int i = 1; i < attributeSimilarity.length; i++) {
                if (attributeSimilarity[i] > attributeSimilarity[b]) {
                    b = i;
                }
            }
            return b;
        }

        /** A unit asks about the task when a cue fires or the task prototypes beat every attribute. */
        boolean asksAboutTask(double taskFloor) {
            double best = attributeSimilarity.length == 0 ? -1 : attributeSimilarity[best()];
            return taskCue || (taskSimilarity >= taskFloor && taskSimilarity > best);
        }
    }
}
