package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.api.ActivePreferences;
import org.attune.api.Item;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.personas.PreferenceSampler;

/** Expands a configuration into the ordered list of episodes to run. */
public final class RunPlan {
    private RunPlan() {
    }

    public static List<EpisodeSpec> expand(List<TaskSet> tasks, List<Persona> personas, List<PlannedCondition> conditions,
                                           List<String> agents, int epochs, long seed, int prefsPerItem,
                                           PreferenceSampler sampler) {
        return expand(tasks, personas, PersonalizedContent.none(), conditions, agents, epochs, seed, prefsPerItem, sampler);
    }

    /**
     * As above, except that an item with its own persona and preferences (a PrefDisco record) is played
     * only with those; the other items pair with every persona of {@code personas} that is not such an own one.
     */
    static List<EpisodeSpec> expand(List<TaskSet> tasks, List<Persona> personas, PersonalizedContent own,
                                    List<PlannedCondition> conditions, List<String> agents, int epochs, long seed,
                                    int prefsPerItem, PreferenceSampler sampler) {
        List<Persona> shared = personas.stream().filter(p -> !own.owns(p)).toList();
        List<EpisodeSpec> out = new ArrayList<>();
        for (TaskSet t : tasks) {
            for (Item item : t.items()) {
                Optional<PersonalizedContent.Own> mine = own.find(t.id(), item.id());
                for (Persona p : mine.map(o -> List.of(o.persona())).orElse(shared)) {
                    ActivePreferences prefs = mine.isPresent() ? mine.get().preferences()
                            : sampler.sample(seed, t.id(), item.id(), p, t.domain(), prefsPerItem);
                    for (PlannedCondition c : conditions) {
                        for (String agent : agents) {
                            for (int e = 1; e <= epochs; e++) {
                                out.add(new EpisodeSpec(t, item, p, prefs, c.condition(), agent, e, c.budget()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
