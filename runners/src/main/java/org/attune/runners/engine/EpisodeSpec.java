package org.attune.runners.engine;

import org.attune.evaluator.Episode;
import org.attune.personas.ActivePreferences;
import org.attune.personas.Persona;
import org.attune.runners.Condition;
import org.attune.tasks.Item;
import org.attune.tasks.TaskSet;

/** One planned episode: (task item, persona, active preferences, condition, agent, epoch). */
public record EpisodeSpec(TaskSet task, Item item, Persona persona, ActivePreferences preferences,
                          Condition condition, String agent, int epoch) {
    public String key() {
        return Episode.key(task.id(), item.id(), persona.id(), condition.id(), agent, epoch);
    }

    /** The (item, persona) pair the episode belongs to, as {@link Episode#pairKey()} names it. */
    public String pairKey() {
        return Episode.pairKey(task.id(), item.id(), persona.id());
    }
}
