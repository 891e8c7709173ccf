package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One rubric criterion ({@code preference, description, weight, levels [{score: 1|3|5, description}]})
 * joined with the person's preference of the same name ({@code description, value_range, value,
 * local_importance 1-5, justification, type}), each field checked for its type and range.
 */
final class PrefDiscoCriterionReader {
    private PrefDiscoCriterionReader() {
    }

    static PrefDiscoItem.Criterion read(JsonNode c, String at, Map<String, JsonNode> prefs) {
        if (c == null || !c.isObject()) {
            throw new BadRecord(at + ": expected an object, was " + Fields.kind(c));
        }
        String name = PrefDiscoPersonaReader.at(at + ".", () -> Fields.text(c, "preference"));
        JsonNode pref = prefs.get(name);
        if (pref == null) {
            throw new BadRecord(at + ".preference: \"" + Golds.shorten(name) + "\" names no entry of persona_preferences");
        }
        JsonNode w = c.get("weight");
        if (w == null || !w.isNumber() || !(w.doubleValue() > 0) || w.doubleValue() > 1) {
            throw new BadRecord(at + ".weight: expected a number above 0 and at most 1, was " + Fields.kind(w)
                    + Golds.quote(w));
        }
        Map<Integer, String> anchors = levels(c.get("levels"), at + ".levels");
        String criterion = PrefDiscoPersonaReader.at(at + ".", () -> Fields.optText(c, "description"));
        String p = "persona_preferences." + name + ".";
        JsonNode v = pref.get("value");
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw new BadRecord(p + "value: expected a value (a number or a text), was " + Fields.kind(v));
        }
        int importance = PrefDiscoPersonaReader.at(p, () -> Fields.integer(pref, "local_importance"));
        if (importance < 1 || importance > 5) {
            throw new BadRecord(p + "local_importance: expected an integer from 1 to 5, was " + importance);
        }
        String justification = PrefDiscoPersonaReader.at(p, () -> Fields.text(pref, "justification"));
        String description = PrefDiscoPersonaReader.at(p, () -> Fields.optText(pref, "description"));
        String kind = PrefDiscoPersonaReader.at(p, () -> Fields.optText(pref, "type"));
        return new PrefDiscoItem.Criterion(PrefDiscoRecord.criterionId(name), name, criterion,
                description != null ? description : criterion != null ? criterion : name, v.asText().strip(),
                range(pref.get("value_range"), p + "value_range"), justification, importance, kind, w.doubleValue(),
                anchors);
    }

    /** A text, or a list of options (joined with " / "); null when absent. */
    private static String range(JsonNode r, String at) {
        if (r == null || r.isNull()) {
            return null;
        }
        if (r.isArray()) {
            return String.join(" / ", Fields.list(r, at, 1));
        }
        if (!r.isValueNode() || r.asText().isBlank()) {
            throw new BadRecord(at + ": expected a text or a list of options, was " + Fields.kind(r));
        }
        return r.asText().strip();
    }

    private static Map<Integer, String> levels(JsonNode levels, String at) {
        if (levels == null || !levels.isArray()) {
            throw new BadRecord(at + ": expected a list of {score, description}, was " + Fields.kind(levels));
        }
        Map<Integer, String> anchors = new LinkedHashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            JsonNode l = levels.get(i);
            String li = at + "[" + i + "]";
            if (!l.isObject()) {
                throw new BadRecord(li + ": expected an object {score, description}, was " + Fields.kind(l));
            }
            int s = PrefDiscoPersonaReader.at(li + ".", () -> Fields.integer(l, "score"));
            if (s != 1 && s != 3 && s != 5) {
                throw new BadRecord(li + ".score: expected 1, 3 or 5, was " + s);
            }
            if (anchors.put(s, PrefDiscoPersonaReader.at(li + ".", () -> Fields.text(l, "description"))) != null) {
                throw new BadRecord(li + ".score: level " + s + " is given twice");
            }
        }
        for (int s : new int[] {1, 3, 5}) {
            if (!anchors.containsKey(s)) {
                throw new BadRecord(at + ": has no level with score " + s + " (PrefDisco rubrics give 1, 3 and 5)");
            }
        }
        return anchors;
    }
}
