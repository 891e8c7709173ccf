package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * One {@code personalized_problem} record as PrefDisco's generator writes it, read and checked:
 * the six keys PrefDisco's validator requires, then each field's type and range. The first problem
 * found is a {@link BadRecord} naming its field ({@code persona_preferences.Pacing.local_importance:
 * expected an integer from 1 to 5, was 7}).
 */
final class PrefDiscoRecord {
    static final List<String> REQUIRED = List.of("type", "problem_id", "original_problem", "persona",
            "persona_preferences", "evaluation_rubric");
    private static final Set<String> KNOWN = Set.of("type", "problem_id", "original_problem", "persona",
            "persona_preferences", "evaluation_rubric", "generation_success", "parsed_problem");
    private static final Set<String> PREFERENCE = Set.of("name", "description", "value_range", "value",
            "local_importance", "justification", "type");

    private PrefDiscoRecord() {
    }

    /** The item and what it carries besides. */
    record Read(Item item, PrefDiscoItem personalization) {
    }

    static Read read(JsonNode n, Path file, AnswerType requested) {
        if (!n.isObject()) {
            throw new BadRecord("expected a JSON object (a personalized_problem record), was " + Fields.kind(n));
        }
        for (String f : REQUIRED) {
            if (!n.has(f)) {
                throw new BadRecord(f + ": is missing (a PrefDisco record has " + String.join(", ", REQUIRED) + ")");
            }
        }
        String type = n.get("type").asText();
        if (!n.get("type").isTextual() || !type.equals("personalized_problem")) {
            throw new BadRecord("type: expected \"personalized_problem\", was " + Fields.kind(n.get("type"))
                    + Golds.quote(n.get("type")));
        }
        if (!n.get("problem_id").isTextual() || n.get("problem_id").asText().isBlank()) {
            throw new BadRecord("problem_id: expected a non-empty string, was " + Fields.kind(n.get("problem_id")));
        }
        String id = n.get("problem_id").asText().strip();
        JsonNode success = n.get("generation_success");
        if (success != null && !success.isNull() && !success.isBoolean()) {
            throw new BadRecord("generation_success: expected true or false, was " + Fields.kind(success));
        }
        List<String> unused = new ArrayList<>();
        JsonNode parsedNode = n.get("parsed_problem");
        boolean original = n.get("original_problem").isObject() || parsedNode == null || parsedNode.isNull();
        String at = original ? "original_problem" : "parsed_problem";
        PrefDiscoSource.Parsed src = PrefDiscoSource.read(n.get(at), at, requested);
        n.get(at).fieldNames().forEachRemaining(f -> {
            if (!src.used().contains(f)) {
                unused.add(at + "." + f);
            }
        });
        if (original && parsedNode != null && !parsedNode.isNull()) {
            unused.add("parsed_problem");
        }
        String image = image(n, src.image(), file);
        for (String f : PrefDiscoPersonaReader.names(n)) {
            if (!KNOWN.contains(f)) {
                unused.add(f);
            }
        }
        if (success != null) {
            unused.add("generation_success");
        }
        PrefDiscoProfile persona = PrefDiscoPersonaReader.read(n.get("persona"), unused);
        Map<String, JsonNode> prefs = preferences(n.get("persona_preferences"), unused);
        List<PrefDiscoItem.Criterion> criteria = criteria(n.get("evaluation_rubric"), prefs);
        Set<String> judged = new LinkedHashSet<>();
        criteria.forEach(c -> judged.add(c.name()));
        prefs.keySet().stream().filter(k -> !judged.contains(k)).forEach(k -> unused.add("persona_preferences." + k));
        Item item = new Item(id, src.question(), src.choices(), src.answer(), List.of(), src.solution(),
                "benchmark:prefdisco:" + src.dataset(), src.tags(), src.type());
        return new Read(item, new PrefDiscoItem(id, persona, criteria, src.type(), src.dataset(), image,
                new ArrayList<>(new LinkedHashSet<>(unused))));
    }

    /** The image PrefDisco's validator looks for (parsed_problem's, else the source row's), checked beside the file. */
    private static String image(JsonNode n, String fromSource, Path file) {
        String image = n.path("parsed_problem").isObject() ? Fields.optText(n.get("parsed_problem"), "image") : null;
        String field = "parsed_problem.image";
        if (image == null) {
            image = fromSource;
            field = "original_problem.image";
        }
        if (image == null) {
            return null;
        }
        if (image.matches("(?i)[a-z][a-z0-9+.-]+:.*") && !image.matches("(?i)[a-z]:[\\\\/].*")) {
            return URI.create(image.replace(" ", "%20")).toString(); // a URL: not checked on disk, as in PrefDisco
        }
        Path dir = file.toAbsolutePath().getParent();
        Path p = dir.resolve(image).normalize();
        if (!Files.isRegularFile(p)) {
            throw new BadRecord(field + ": the image " + p + " does not exist; put the images folder beside the file");
        }
        return p.toString();
    }

    /** The mapping form ({@code {"<name>": {...}}}) or the list form ({@code [{name, ...}]}). */
    private static Map<String, JsonNode> preferences(JsonNode pp, List<String> unused) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (pp.isObject()) {
            pp.fields().forEachRemaining(e -> out.put(e.getKey().strip(), e.getValue()));
        } else if (pp.isArray()) {
            for (int i = 0; i < pp.size(); i++) {
                JsonNode e = pp.get(i);
                String at = "persona_preferences[" + i + "]";
                if (!e.isObject()) {
                    throw new BadRecord(at + ": expected an object, was " + Fields.kind(e));
                }
                String name = PrefDiscoPersonaReader.at(at + ".", () -> Fields.text(e, "name"));
                if (out.put(name, e) != null) {
                    throw new BadRecord(at + ".name: \"" + Golds.shorten(name) + "\" is given twice");
                }
            }
        } else {
            throw new BadRecord("persona_preferences: expected an object of preferences by name (or a list), was "
                    + Fields.kind(pp));
        }
        if (out.isEmpty()) {
            throw new BadRecord("persona_preferences: is empty");
        }
        for (Map.Entry<String, JsonNode> e : out.entrySet()) {
            String at = "persona_preferences." + e.getKey();
            if (!e.getValue().isObject()) {
                throw new BadRecord(at + ": expected an object, was " + Fields.kind(e.getValue()));
            }
            for (String f : PrefDiscoPersonaReader.names(e.getValue())) {
                if (!PREFERENCE.contains(f)) {
                    unused.add("persona_preferences.*." + f);
                }
            }
        }
        return out;
    }

    private static List<PrefDiscoItem.Criterion> criteria(JsonNode rubric, Map<String, JsonNode> prefs) {
        if (!rubric.isObject()) {
            throw new BadRecord("evaluation_rubric: expected an object, was " + Fields.kind(rubric));
        }
        JsonNode crit = rubric.get("evaluation_criteria");
        if (crit == null || !crit.isArray() || crit.isEmpty()) {
            throw new BadRecord("evaluation_rubric.evaluation_criteria: expected a non-empty list, was "
                    + (crit != null && crit.isArray() ? "empty" : Fields.kind(crit)));
        }
        List<PrefDiscoItem.Criterion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < crit.size(); i++) {
            String at = "evaluation_rubric.evaluation_criteria[" + i + "]";
            PrefDiscoItem.Criterion c = PrefDiscoCriterionReader.read(crit.get(i), at, prefs);
            if (!seen.add(c.name())) {
                throw new BadRecord(at + ".preference: \"" + Golds.shorten(c.name()) + "\" is judged twice");
            }
            out.add(c);
        }
        return out;
    }

    /** {@code "Step-by-step Detail"} -> {@code pd-step-by-step-detail}. */
    static String criterionId(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            s = "criterion";
        }
        return PrefDiscoAttributes.ID_PREFIX + (s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s);
    }
}
