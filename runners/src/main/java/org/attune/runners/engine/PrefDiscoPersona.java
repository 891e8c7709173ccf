package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.personas.Persona;
import org.attune.personas.Preference;

/**
 * The synthetic persona of one PrefDisco item. The record describes its person in free text (or in
 * {@code key: value} lines when it gave an object); name, age, occupation and location are taken
 * from it when it states them, and the rest becomes the background. It has no Big Five scores,
 * no expertise and an age of 0 when none is stated.
 */
final class PrefDiscoPersona {
    static final String UNSTATED_OCCUPATION = "an unstated occupation";
    static final String UNSTATED_LOCATION = "an unstated place";

    private static final Pattern FIELD = Pattern.compile("([a-z][a-z ]{0,30}): (.+)");
    // "Tomasz, 19, first-year nursing student ..." states a name and an age up front
    private static final Pattern LEAD = Pattern.compile("([A-Z][\\p{L}.' -]{0,40}), (\\d{1,3}),.*", Pattern.DOTALL);

    private PrefDiscoPersona() {
    }

    static Persona of(String id, String text, Map<String, Preference> preferences) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            Matcher m = FIELD.matcher(line.strip());
            if (m.matches()) {
                fields.put(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2).strip());
            } else if (!line.isBlank()) {
                rest.add(line.strip());
            }
        }
        String name = fields.remove("name");
        int age = age(fields.remove("age"));
        Matcher lead = LEAD.matcher(text.strip());
        if (name == null && lead.matches()) {
            name = lead.group(1).strip();
            age = age > 0 ? age : age(lead.group(2));
        }
        String occupation = fields.remove("occupation");
        String location = firstNonNull(fields.remove("location"), fields.remove("home"));
        List<String> background = new ArrayList<>();
        fields.forEach((k, v) -> background.add(k.matches("description|background|bio|story") ? v : k + ": " + v));
        background.addAll(rest);
        return new Persona(id, name == null ? "Person of " + id : name, age,
                occupation == null ? UNSTATED_OCCUPATION : occupation, location == null ? UNSTATED_LOCATION : location,
                background.isEmpty() ? text.strip() : String.join(" ", background), null, "", "", List.of(), preferences);
    }

    /** A stated age within 1-120; 0 when absent or unreadable. */
    private static int age(String s) {
        if (s == null || !s.strip().matches("\\d{1,3}")) {
            return 0;
        }
        int a = Integer.parseInt(s.strip());
        return a >= 1 && a <= 120 ? a : 0;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
