package org.attune.personas;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.api.Attribute;
import org.attune.api.BigFive;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.personas.util.Files2;
import org.attune.personas.util.NodeReader;

/** A set of personas, validated against an attribute catalog. */
public final class PersonaLibrary {
    public static final String SCHEMA = "attune.persona/v1";
    public static final String BUILTIN_DIR = "attune/personas/";
    public static final int MIN_PREFERENCES = 15;
    public static final int MAX_PREFERENCES = 30;

    private final Map<String, Persona> byId;

    private PersonaLibrary(Map<String, Persona> byId) {
        this.byId = byId;
    }

    public static PersonaLibrary of(List<Persona> personas) {
        Map<String, Persona> m = new LinkedHashMap<>();
        for (Persona p : personas) {
            if (m.putIfAbsent(p.id(), p) != null) {
                throw new InvalidInputException("personas: duplicate id \"" + p.id() + "\"");
            }
        }
        return new PersonaLibrary(m);
    }

    private static volatile PersonaLibrary builtin;

    /** The built-in library: the files named in {@code attune/personas/index.txt}, in that order. */
    public static PersonaLibrary builtin() {
        PersonaLibrary lib = builtin;
        if (lib == null) {
            synchronized (PersonaLibrary.class) {
                lib = builtin;
                if (lib == null) {
                    AttributeCatalog catalog = AttributeCatalog.builtin();
                    List<Persona> all = new ArrayList<>();
                    List<String> problems = new ArrayList<>();
                    for (String file : builtinFiles()) {
                        String res = BUILTIN_DIR + file;
                        try {
                            all.add(parse("builtin:" + res, Files2.parse("builtin:" + res, Files2.readResource(res)), catalog));
                        } catch (InvalidInputException e) {
                            problems.addAll(e.problems());
                        }
                    }
                    if (!problems.isEmpty()) {
                        throw new InvalidInputException(problems);
                    }
                    lib = of(all);
                    builtin = lib;
                }
            }
        }
        return lib;
    }

    /** The resource names listed in the built-in index. */
    public static List<String> builtinFiles() {
        return Files2.readIndex(BUILTIN_DIR + "index.txt");
    }

    public static Persona load(Path file, AttributeCatalog catalog) {
        String name = file.toString();
        return parse(name, Files2.parse(name, Files2.readText(file)), catalog);
    }

    private static final List<String> FIELDS = List.of("schema", "id", "name", "age", "occupation", "location",
            "background", "bigFive", "cognitive", "affective", "expertise", "preferences");

    /** Parses and validates one persona; throws with every problem found, one per line. */
    public static Persona parse(String name, JsonNode root, AttributeCatalog catalog) {
        NodeReader r = new NodeReader(name);
        if (!r.requireObject(root, "")) {
            throw new InvalidInputException(r.problems());
        }
        r.schema(root, SCHEMA);
        // a misspelled optional key would otherwise be dropped without a word
        r.onlyFields(root, "", FIELDS);
        String id = r.string(root, "", "id");
        if (id != null && !Ids.isValid(id)) {
            r.problem("id", "must be lowercase letters, digits and dashes, was \"" + id + "\"");
        }
        String pname = r.string(root, "", "name");
        int age = r.integer(root, "", "age", 16, 110, 0);
        String occupation = r.string(root, "", "occupation");
        String location = r.string(root, "", "location");
        String background = r.string(root, "", "background");
        BigFive bigFive = null;
        JsonNode bf = root.get("bigFive");
        if (bf == null) {
            r.problem("bigFive", "is required");
        } else if (r.requireObject(bf, "bigFive")) {
            List<String> known = new java.util.ArrayList<>(BigFive.TRAITS);
            known.add("readings");
            r.onlyFields(bf, "bigFive", known);
            bigFive = new BigFive(
                    r.integer(bf, "bigFive", "openness", 1, 5, 3),
                    r.integer(bf, "bigFive", "conscientiousness", 1, 5, 3),
                    r.integer(bf, "bigFive", "extraversion", 1, 5, 3),
                    r.integer(bf, "bigFive", "agreeableness", 1, 5, 3),
                    r.integer(bf, "bigFive", "neuroticism", 1, 5, 3),
                    readings(r, bf));
        }
        String cognitive = r.string(root, "", "cognitive");
        String affective = r.string(root, "", "affective");
        List<String> expertise = r.strings(root, "", "expertise", 1);
        if (expertise.size() > 3) {
            r.problem("expertise", "lists " + expertise.size() + " fields; 2-3 are expected");
        }
        Map<String, Preference> prefs = new LinkedHashMap<>();
        Map<String, JsonNode> entries = r.entries(root, "", "preferences", true);
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            String attr = e.getKey();
            String p = "preferences." + attr;
            Optional<Attribute> a = catalog.find(attr);
            if (a.isEmpty()) {
                r.problem(p, "unknown attribute \"" + attr + "\"");
                continue;
            }
            JsonNode v = e.getValue();
            if (!r.requireObject(v, p)) {
                continue;
            }
            r.onlyFields(v, p, List.of("value", "importance", "why"));
            String value = r.string(v, p, "value");
            int importance = r.integer(v, p, "importance", 1, 5, 0);
            String why = r.optString(v, p, "why");
            if (value != null && !a.get().isValidValue(value)) {
                r.problem(p + ".value", "must be one of " + a.get().values() + ", was \"" + value + "\"");
                continue;
            }
            if (value != null && importance > 0) {
                prefs.put(attr, new Preference(value, importance, why));
            }
        }
        if (!entries.isEmpty() && (entries.size() < MIN_PREFERENCES || entries.size() > MAX_PREFERENCES)) {
            r.problem("preferences", "has " + entries.size() + " entries; " + MIN_PREFERENCES + "-"
                    + MAX_PREFERENCES + " are expected");
        }
        if (!r.ok()) {
            throw new InvalidInputException(r.problems());
        }
        return new Persona(id, pname, age, occupation, location, background, bigFive, cognitive, affective,
                expertise, prefs);
    }

    private static Map<String, String> readings(NodeReader r, JsonNode bf) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : r.entries(bf, "bigFive", "readings", false).entrySet()) {
            if (!BigFive.TRAITS.contains(e.getKey())) {
                r.problem("bigFive.readings." + e.getKey(), "unknown trait; expected one of " + BigFive.TRAITS);
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                r.problem("bigFive.readings." + e.getKey(), "expected a one-line reading");
            } else {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    /** Cross-file checks: duplicate ids and names. Returns problems, empty when consistent. */
    public static List<String> crossCheck(Map<String, Persona> byFile) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, Persona> e : byFile.entrySet()) {
            Persona p = e.getValue();
            String prev = ids.putIfAbsent(p.id(), e.getKey());
            if (prev != null) {
                problems.add(e.getKey() + ": id: duplicate id \"" + p.id() + "\" (also in " + prev + ")");
            }
            if (!names.add(p.name())) {
                problems.add(e.getKey() + ": name: another persona is also named \"" + p.name() + "\"");
            }
        }
        return problems;
    }

    public Optional<Persona> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Persona> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
