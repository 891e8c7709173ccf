package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.List;
import org.attune.personas.ActivePreferences;
import org.attune.personas.Persona;
import org.attune.personas.PreferenceSampler;
import org.attune.runners.Condition;
import org.attune.tasks.Item;
import org.attune.tasks.TaskSet;

/** Expands a configuration into the ordered list of episodes to run. */
public final class RunPlan {
    private RunPlan() {
    }

    public static List<EpisodeSpec> expand(List<TaskSet> tasks, List<Persona> personas, List<Condition> conditions,
                                           List<String> agents, int epochs, long seed, int prefsPerItem,
                                           PreferenceSampler sampler) {
        List<EpisodeSpec> out = new ArrayList<>();
        for (TaskSet t : tasks) {
            for (Item item : t.items()) {
                for (Persona p : personas) {
                    ActivePreferences prefs = sampler.sample(seed, t.id(), item.id(), p, t.domain(), prefsPerItem);
                    for (Condition c : conditions) {
                        for (String agent : agents) {
                            for (int e = 1; e <= epochs; e++) {
                                out.add(new EpisodeSpec(t, item, p, prefs, c, agent, e));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
