package org.attune.runners.engine;

import org.attune.api.ActivePreferences;
import org.attune.api.Condition;
import org.attune.api.Item;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.evaluator.Episode;

/**
 * One planned episode: (task item, persona, active preferences, condition, agent, epoch). {@code budget}
 * is the discovery question budget of a sweep ({@code discovery@3}), null when {@code --max-turns} applies.
 */
public record EpisodeSpec(TaskSet task, Item item, Persona persona, ActivePreferences preferences,
                          Condition condition, String agent, int epoch, Integer budget) {
    public EpisodeSpec(TaskSet task, Item item, Persona persona, ActivePreferences preferences,
                       Condition condition, String agent, int epoch) {
        this(task, item, persona, preferences, condition, agent, epoch, null);
    }

    /** The condition label: the condition id, with {@code @BUDGET} in a sweep. */
    public String conditionLabel() {
        return new PlannedCondition(condition, budget).label();
    }

    public String key() {
        return Episode.key(task.id(), item.id(), persona.id(), conditionLabel(), agent, epoch);
    }

    /** The (item, persona) pair the episode belongs to, as {@link Episode#pairKey()} names it. */
    public String pairKey() {
        return Episode.pairKey(task.id(), item.id(), persona.id());
    }
}
