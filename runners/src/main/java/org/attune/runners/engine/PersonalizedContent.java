package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.Attribute;
import org.attune.api.Item;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.api.TaskSet;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.runners.agents.pep.HeldCriteria;
import org.attune.tasks.formats.PrefDiscoAttributes;
import org.attune.tasks.formats.PrefDiscoItem;

/**
 * What PrefDisco task files bring to a run besides their items: each item's own person and rubric.
 * An item is played only with its synthetic persona ({@code pd-<item id>}: the record's person, one
 * preference per rubric criterion with the record's local importance and justification) and judged
 * on all of its criteria,
 * weighted by the rubric's weights normalized to sum 1 (never sampled). Each distinct criterion is a
 * judge attribute whose scale anchors are the rubric's levels; the same criterion name with other
 * levels or description gets an id with a {@code -2}, {@code -3}, ... suffix. Items of other task
 * sets have nothing here and are paired with the run's personas as usual.
 */
final class PersonalizedContent {
    /** The persona and active preferences one item is played with. */
    record Own(Persona persona, ActivePreferences preferences, PrefDiscoItem record) {
    }

    /** Every criterion's target: the top rubric level, whose text is this person's own value. */
    static final String TARGET = "5";

    /** One PrefDisco file: its task set as run (possibly limited) and every record the file holds. */
    record Source(TaskSet set, List<PrefDiscoItem> records) {
    }

    private static final PersonalizedContent NONE = new PersonalizedContent(Map.of(), Map.of(), List.of());

    private final Map<String, Own> byItem; // task|item -> own persona and preferences
    private final Map<String, Attribute> attributes;
    private final List<HeldCriteria> held; // every record of the files, also those --limit left out
    private final Set<String> personaIds = new HashSet<>();

    private PersonalizedContent(Map<String, Own> byItem, Map<String, Attribute> attributes, List<HeldCriteria> held) {
        this.byItem = byItem;
        this.attributes = attributes;
        this.held = List.copyOf(held);
        byItem.values().forEach(o -> personaIds.add(o.persona().id()));
    }

    static PersonalizedContent none() {
        return NONE;
    }

    /**
     * Builds the content of the given files in order. Attribute and persona ids are assigned over every
     * record of every file, so a {@code --limit} never changes them.
     */
    static PersonalizedContent of(List<Source> sources) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        Map<String, Own> byItem = new LinkedHashMap<>();
        Set<String> personaIds = new HashSet<>();
        Set<String> used = new HashSet<>();
        List<HeldCriteria> held = new ArrayList<>();
        for (Source s : sources) {
            Set<String> kept = new HashSet<>();
            for (Item i : s.set().items()) {
                kept.add(i.id());
            }
            for (PrefDiscoItem r : s.records()) {
                Map<String, Preference> prefs = new LinkedHashMap<>();
                List<ActivePreference> active = new ArrayList<>();
                double total = r.criteria().stream().mapToDouble(PrefDiscoItem.Criterion::weight).sum();
                for (PrefDiscoItem.Criterion c : r.criteria()) {
                    String id = attributeId(c, attributes, prefs.keySet());
                    // the target is the rubric's top level, which describes this person's own value
                    prefs.put(id, new Preference(TARGET, c.importance(), c.justification()));
                    active.add(new ActivePreference(id, TARGET, c.importance(), c.weight() / total));
                }
                held.add(new HeldCriteria(s.set().id(), r.itemId(), HeldCriteria.groupOf(r.itemId()), prefs.keySet()));
                String personaId = unique("pd-" + pathSafe(r.itemId()), personaIds);
                personaIds.add(personaId);
                if (kept.contains(r.itemId())) {
                    Persona p = PrefDiscoPersona.of(personaId, r.persona(), prefs);
                    byItem.put(key(s.set().id(), r.itemId()), new Own(p, new ActivePreferences(active), r));
                    used.addAll(prefs.keySet());
                }
            }
        }
        attributes.keySet().retainAll(used); // criteria of items left out by --limit do not join the catalog
        return new PersonalizedContent(Collections.unmodifiableMap(byItem), Collections.unmodifiableMap(attributes), held);
    }

    /** Each record of the files as PEP's priors see it: its problem group and the criteria it holds. */
    List<HeldCriteria> held() {
        return held;
    }

    boolean isEmpty() {
        return byItem.isEmpty();
    }

    /** The item's own persona and preferences, when it came from a PrefDisco file. */
    Optional<Own> find(String task, String item) {
        return Optional.ofNullable(byItem.get(key(task, item)));
    }

    /** The image of a planned episode's item (an absolute path or a URL), or null when it has none. */
    String imageOf(EpisodeSpec s) {
        Own o = byItem.get(key(s.task().id(), s.item().id()));
        return o == null ? null : o.record().image();
    }

    /** The attribute ids of the item's own rubric, in its order; empty for an item without one. */
    List<String> criteriaOf(String task, String item) {
        Own o = byItem.get(key(task, item));
        return o == null ? List.of() : o.preferences().items().stream().map(ActivePreference::attribute).toList();
    }

    /** Whether the persona is one of the synthetic personas (which play only their own item). */
    boolean owns(Persona p) {
        return personaIds.contains(p.id());
    }

    /** The synthetic personas, in file order. */
    List<Persona> personas() {
        return byItem.values().stream().map(Own::persona).toList();
    }

    /** The personas a run records: {@code chosen} when some item is paired with them, then the synthetic ones. */
    List<Persona> withOwnPersonas(List<TaskSet> tasks, List<Persona> chosen) {
        boolean others = tasks.stream().anyMatch(t -> t.items().stream().anyMatch(i -> find(t.id(), i.id()).isEmpty()));
        List<Persona> out = new ArrayList<>(others ? chosen : List.of());
        out.addAll(personas());
        return List.copyOf(out);
    }

    /** {@code base} plus the criteria's judge attributes; an id that the base already uses is an input error. */
    AttributeCatalog extend(AttributeCatalog base) {
        if (attributes.isEmpty()) {
            return base;
        }
        List<Attribute> all = new ArrayList<>(base.all());
        for (Attribute a : attributes.values()) {
            if (base.find(a.id()).isPresent()) {
                throw new InvalidInputException("--tasks: the PrefDisco criterion \"" + a.name() + "\" has the id \""
                        + a.id() + "\" of a built-in attribute");
            }
            all.add(a);
        }
        return AttributeCatalog.of(all);
    }

    /**
     * For the content hash: the per-item pairing and weights, and the attributes' anchors (an attribute's JSON
     * form shows {@code isScale()} under "scale", so the catalog alone would not cover the rubric levels).
     */
    Map<String, Object> hashable() {
        Map<String, Object> items = new TreeMap<>();
        byItem.forEach((k, o) -> items.put(k, Map.of("persona", o.persona().id(), "preferences", o.preferences().items())));
        Map<String, Object> anchors = new TreeMap<>();
        attributes.forEach((id, a) -> anchors.put(id, new TreeMap<>(a.scale())));
        return Map.of("items", items, "anchors", anchors);
    }

    private static String key(String task, String item) {
        return task + "|" + item;
    }

    /**
     * The criterion's own id when it is free or names the same attribute, else the first free suffixed
     * id; an id this item already uses is never reused, so one rubric never names an attribute twice.
     */
    private static String attributeId(PrefDiscoItem.Criterion c, Map<String, Attribute> attributes, Set<String> taken) {
        for (int n = 1; ; n++) {
            String id = n == 1 ? c.id() : c.id() + "-" + n;
            if (taken.contains(id)) {
                continue;
            }
            Attribute a = PrefDiscoAttributes.of(c, id, List.of("all"));
            Attribute known = attributes.putIfAbsent(id, a);
            if (known == null || known.equals(a)) {
                return id;
            }
        }
    }

    /** The record fields no part of a run uses, over every item played, each named once (for run.json). */
    List<String> unusedFields() {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        byItem.values().forEach(o -> out.addAll(o.record().unused()));
        return List.copyOf(out);
    }

    /** An item id as a persona id part: lowercase, path-safe, at most 90 characters. */
    static String pathSafe(String itemId) {
        String s = itemId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
        s = s.isEmpty() ? "item" : s;
        return s.length() > 90 ? s.substring(0, 90) : s;
    }

    private static String unique(String id, Set<String> used) {
        String out = id;
        for (int n = 2; used.contains(out); n++) {
            out = id + "-" + n;
        }
        return out;
    }
}
