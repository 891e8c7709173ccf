package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.ActivePreferences;
import org.attune.api.Attribute;
import org.attune.api.Item;
import org.attune.api.Persona;
import org.attune.api.Round;
import org.attune.api.TaskSet;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PreferenceSampler;

/**
 * The rounds of the longitudinal mode. Each persona gets one stream of N items drawn with replacement
 * (a task set uniformly, then an item of it uniformly) from a stream seeded by hash(seed, persona), so
 * every learner meets the same items in the same order. The persona's active preferences are fixed per
 * task set: drawn once per (persona, task set) as SPEC §1 with the pseudo item {@value #ANY_ITEM}, from
 * the {@code rules} attributes of the task's domain only, because an edit is the only signal an offline
 * learner gets and only the rules operators edit.
 */
public final class LongitudinalPlan {
    /** The item id under which a task set's preferences are drawn for a persona. */
    public static final String ANY_ITEM = "*";

    private LongitudinalPlan() {
    }

    /** One persona's stream. */
    public record Stream(Persona persona, List<Round> rounds) {
        public Stream {
            rounds = List.copyOf(rounds);
        }
    }

    public static List<Stream> build(List<TaskSet> tasks, List<Persona> personas, int rounds, long seed,
                                     int prefsPerItem, AttributeCatalog catalog) {
        List<TaskSet> usable = tasks.stream().filter(t -> !t.items().isEmpty()).toList();
        PreferenceSampler sampler = new PreferenceSampler(rulesOnly(catalog));
        List<Stream> out = new ArrayList<>();
        for (Persona p : personas) {
            Map<String, ActivePreferences> prefs = new LinkedHashMap<>();
            for (TaskSet t : usable) {
                prefs.put(t.id(), sampler.sample(seed, t.id(), ANY_ITEM, p, t.domain(), prefsPerItem));
            }
            PreferenceSampler.SplitMix64 rng = new PreferenceSampler.SplitMix64(
                    PreferenceSampler.streamSeed(seed + "|longitudinal|" + p.id()));
            List<Round> list = new ArrayList<>();
            for (int r = 1; r <= rounds && !usable.isEmpty(); r++) {
                TaskSet t = usable.get(rng.nextInt(usable.size()));
                Item item = t.items().get(rng.nextInt(t.items().size()));
                list.add(new Round(r, t, item, p, prefs.get(t.id())));
            }
            out.add(new Stream(p, list));
        }
        return out;
    }

    /** The catalog's {@code rules} attributes alone, so the sampler draws only among them. */
    static AttributeCatalog rulesOnly(AttributeCatalog catalog) {
        List<Attribute> rules = catalog.all().stream().filter(Attribute::isRules).toList();
        return AttributeCatalog.of(rules);
    }
}
