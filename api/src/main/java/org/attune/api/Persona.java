package org.attune.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A simulated person (SPEC §1). {@code preferences} maps attribute id to the person's value;
 * it is kept sorted by attribute id so that every traversal is deterministic.
 */
public record Persona(
        String id,
        String name,
        int age,
        String occupation,
        String location,
        String background,
        BigFive bigFive,
        String cognitive,
        String affective,
        List<String> expertise,
        Map<String, Preference> preferences) {

    public Persona {
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
        preferences = preferences == null ? Map.of()
                : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(preferences));
    }

    /** A short profile as an agent in the {@code persona} condition sees it (no preferences). */
    public String profile() {
        return name + ", " + age + ", " + occupation + " in " + location + ". " + background
                + " Expertise: " + String.join(", ", expertise) + ". " + cognitive + " " + affective;
    }
}
