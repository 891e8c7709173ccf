package org.attune.tasks.formats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The person of one PrefDisco record, field for field as PrefDisco's generator writes its
 * {@code persona} object: who they are ({@code minimal_necessary_description}, demographics), their
 * educational profile (knowledge level, common errors, cognitive, affective and metacognitive
 * features), the Big Five with each trait's score (1-5) and description, backstory and domain
 * expertise. A field the record leaves out is null (a map or list is empty).
 */
public record PrefDiscoProfile(
        String id,
        String name,
        String description,
        Integer age,
        String occupation,
        String location,
        String family,
        List<String> hobbies,
        String knowledgeLevel,
        String commonErrors,
        Map<String, String> cognitive,
        Map<String, String> affective,
        Map<String, String> metacognitive,
        Map<String, Trait> bigFive,
        String backstory,
        List<String> expertise) {

    public PrefDiscoProfile {
        hobbies = hobbies == null ? List.of() : List.copyOf(hobbies);
        cognitive = ordered(cognitive);
        affective = ordered(affective);
        metacognitive = ordered(metacognitive);
        bigFive = ordered(bigFive);
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
    }

    /** One Big Five trait: its score on 1-5 and what it means for this person. */
    public record Trait(int score, String description) {
    }

    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
