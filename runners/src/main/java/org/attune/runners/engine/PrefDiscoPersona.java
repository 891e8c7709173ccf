package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.BigFive;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.tasks.formats.PrefDiscoProfile;

/**
 * The persona of one PrefDisco item, from the record's own person: name, age, occupation and
 * location from the demographics; the background is the minimal description, family, hobbies and
 * backstory; the Big Five keep each score with its description; the cognitive text is the knowledge
 * level, common errors and cognitive features, the affective text the affective and metacognitive
 * features; the expertise is the domain expertise. Nothing the record states is left out.
 */
final class PrefDiscoPersona {
    static final String UNSTATED = "not stated";

    private PrefDiscoPersona() {
    }

    static Persona of(String id, PrefDiscoProfile p, Map<String, Preference> preferences) {
        List<String> background = new ArrayList<>();
        add(background, "", p.description());
        add(background, "Family: ", p.family());
        if (!p.hobbies().isEmpty()) {
            background.add("Hobbies: " + String.join(", ", p.hobbies()) + ".");
        }
        add(background, "Backstory: ", p.backstory());
        List<String> cognitive = new ArrayList<>();
        add(cognitive, "Knowledge level: ", p.knowledgeLevel());
        add(cognitive, "Common errors: ", p.commonErrors());
        features(cognitive, p.cognitive());
        List<String> affective = new ArrayList<>();
        features(affective, p.affective());
        features(affective, p.metacognitive());
        return new Persona(id, p.name(), p.age() == null ? 0 : p.age(), or(p.occupation()), or(p.location()),
                String.join(" ", background), bigFive(p.bigFive()), String.join(" ", cognitive),
                String.join(" ", affective), p.expertise(), preferences);
    }

    /** Scores of the five traits (3 for one the record leaves out) with each trait's description as its reading. */
    private static BigFive bigFive(Map<String, PrefDiscoProfile.Trait> traits) {
        if (traits.isEmpty()) {
            return null;
        }
        Map<String, String> readings = new LinkedHashMap<>();
        int[] s = new int[5];
        for (int i = 0; i < 5; i++) {
            String name = BigFive.TRAITS.get(i);
            PrefDiscoProfile.Trait t = traits.get(name);
            s[i] = t == null ? 3 : t.score();
            if (t != null) {
                readings.put(name, name + " " + t.score() + "/5" + (t.description() == null ? "" : ": " + t.description()));
            }
        }
        return new BigFive(s[0], s[1], s[2], s[3], s[4], readings);
    }

    private static void features(List<String> out, Map<String, String> features) {
        features.forEach((k, v) -> out.add(k.replace('_', ' ').substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + k.replace('_', ' ').substring(1) + ": " + end(v)));
    }

    private static void add(List<String> out, String label, String text) {
        if (text != null && !text.isBlank()) {
            out.add(label + end(text.strip()));
        }
    }

    private static String end(String s) {
        return s.matches("(?s).*[.!?]$") ? s : s + ".";
    }

    private static String or(String s) {
        return s == null ? UNSTATED : s;
    }
}
