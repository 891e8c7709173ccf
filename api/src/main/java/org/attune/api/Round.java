package org.attune.api;


/**
 * One round of a persona's stream: the item drawn for it and the active preferences of its task set.
 * Learners other than the oracle must not read {@code preferences}: edits are their only signal.
 *
 * @param number 1-based position in the stream
 */
public record Round(int number, TaskSet task, Item item, Persona persona, ActivePreferences preferences) {

    /** The journal key of this round played by a learner: task|item|persona|learner|round (SPEC §4). */
    public String key(String learner) {
        return task.id() + "|" + item.id() + "|" + persona.id() + "|" + learner + "|" + number;
    }

    /** The context a learner compares rounds by: the item as the agent sees it. */
    public String context() {
        return item.prompt();
    }
}
