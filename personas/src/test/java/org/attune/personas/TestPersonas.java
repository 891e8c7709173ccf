package org.attune.personas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.BigFive;
import org.attune.api.Persona;
import org.attune.api.Preference;

/** Personas built in code for tests that must not depend on the built-in library. */
final class TestPersonas {
    private TestPersonas() {
    }

    static Persona withPreferences(String id, Map<String, Preference> prefs) {
        return new Persona(id, "Test " + id, 40, "tester", "Lyon, France", "A person made for a test.",
                new BigFive(3, 3, 3, 3, 3, Map.of()), "Reads carefully.", "Calm.", List.of("testing"), prefs);
    }

    /** Eight rules-attribute preferences with importances 1..5. */
    static Persona sample() {
        Map<String, Preference> p = new LinkedHashMap<>();
        p.put("word-budget", new Preference("brief", 5, null));
        p.put("layout", new Preference("bullets", 4, null));
        p.put("answer-placement", new Preference("answer-first", 3, null));
        p.put("emoji", new Preference("none", 1, null));
        p.put("headings", new Preference("use", 2, null));
        p.put("jargon", new Preference("plain", 5, null));
        p.put("math-notation", new Preference("plain", 4, null));
        p.put("encouragement", new Preference("5", 2, null));
        return withPreferences("t1", p);
    }
}
