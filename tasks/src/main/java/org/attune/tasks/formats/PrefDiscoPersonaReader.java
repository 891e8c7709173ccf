package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a PrefDisco {@code persona} object: every field PrefDisco's generator writes, with
 * its type and range (age 1-120, Big Five scores 1-5); fields it does not write are named as unused.
 */
final class PrefDiscoPersonaReader {
    static final Set<String> KNOWN = Set.of("id", "usage_count", "name", "minimal_necessary_description", "demographics",
            "educational_profile", "personality_big5", "backstory", "domain_expertise");
    private static final Set<String> PROFILE = Set.of("knowledge_level", "common_errors", "cognitive_features",
            "affective_features", "metacognitive_features");
    private static final Set<String> DEMOGRAPHICS = Set.of("age", "occupation", "location", "family_context", "hobbies");

    private PrefDiscoPersonaReader() {
    }

    /** The profile; fields no run uses are added to {@code unused}. */
    static PrefDiscoProfile read(JsonNode p, List<String> unused) {
        if (p == null || p.isNull()) {
            throw new BadRecord("persona: is missing");
        }
        if (!p.isObject()) {
            throw new BadRecord("persona: expected an object (name, demographics, educational_profile, ...), was "
                    + Fields.kind(p));
        }
        String name = at("persona.", () -> Fields.text(p, "name"));
        JsonNode d = optObject(p, "demographics", "persona.");
        Integer age = null;
        if (d != null && Fields.has(d, "age")) {
            age = at("persona.demographics.", () -> Fields.integer(d, "age"));
            if (age < 1 || age > 120) {
                throw new BadRecord("persona.demographics.age: expected an age from 1 to 120, was " + age);
            }
        }
        JsonNode e = optObject(p, "educational_profile", "persona.");
        Map<String, PrefDiscoProfile.Trait> big5 = new LinkedHashMap<>();
        JsonNode b = optObject(p, "personality_big5", "persona.");
        if (b != null) {
            Iterator<Map.Entry<String, JsonNode>> it = b.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> t = it.next();
                big5.put(t.getKey(), trait(t.getValue(), "persona.personality_big5." + t.getKey()));
            }
        }
        for (String f : names(p)) {
            if (!KNOWN.contains(f)) {
                unused.add("persona." + f);
            }
        }
        unused.add("persona.usage_count");
        named(d, DEMOGRAPHICS, "persona.demographics.", unused);
        named(e, PROFILE, "persona.educational_profile.", unused);
        return new PrefDiscoProfile(at("persona.", () -> Fields.optText(p, "id")), name,
                at("persona.", () -> Fields.optText(p, "minimal_necessary_description")), age,
                text(d, "occupation", "persona.demographics."), text(d, "location", "persona.demographics."),
                text(d, "family_context", "persona.demographics."), strings(d, "hobbies", "persona.demographics."),
                text(e, "knowledge_level", "persona.educational_profile."),
                text(e, "common_errors", "persona.educational_profile."),
                features(e, "cognitive_features"), features(e, "affective_features"),
                features(e, "metacognitive_features"), big5, at("persona.", () -> Fields.optText(p, "backstory")),
                strings(p, "domain_expertise", "persona."));
    }

    private static PrefDiscoProfile.Trait trait(JsonNode t, String at) {
        if (!t.isObject()) {
            throw new BadRecord(at + ": expected an object {score, description}, was " + Fields.kind(t));
        }
        int score = at(at + ".", () -> Fields.integer(t, "score"));
        if (score < 1 || score > 5) {
            throw new BadRecord(at + ".score: expected an integer from 1 to 5, was " + score);
        }
        return new PrefDiscoProfile.Trait(score, at(at + ".", () -> Fields.optText(t, "description")));
    }

    private static Map<String, String> features(JsonNode e, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode f = e == null ? null : optObject(e, field, "persona.educational_profile.");
        if (f != null) {
            for (String k : names(f)) {
                String v = at("persona.educational_profile." + field + ".", () -> Fields.optText(f, k));
                if (v != null) {
                    out.put(k, v);
                }
            }
        }
        return out;
    }

    static JsonNode optObject(JsonNode n, String field, String prefix) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new BadRecord(prefix + field + ": expected an object, was " + Fields.kind(v));
        }
        return v;
    }

    private static String text(JsonNode n, String field, String prefix) {
        return n == null ? null : at(prefix, () -> Fields.optText(n, field));
    }

    private static List<String> strings(JsonNode n, String field, String prefix) {
        return n == null || !Fields.has(n, field) ? List.of() : at(prefix, () -> Fields.strings(n, field, 0));
    }

    private static void named(JsonNode n, Set<String> known, String prefix, List<String> unused) {
        if (n != null) {
            for (String f : names(n)) {
                if (!known.contains(f)) {
                    unused.add(prefix + f);
                }
            }
        }
    }

    static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Runs a read whose problems name fields below {@code prefix}. */
    static <T> T at(String prefix, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (BadRecord e) {
            throw new BadRecord(prefix + e.getMessage());
        }
    }
}
