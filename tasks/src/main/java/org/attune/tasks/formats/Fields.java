package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of record fields; a missing field or a wrong type becomes a {@link BadRecord}. */
final class Fields {
    private Fields() {
    }

    static String kind(JsonNode n) {
        return org.attune.personas.util.NodeReader.kind(n);
    }

    static boolean has(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && !v.isNull();
    }

    /** The first of the fields that is present, else null. */
    static String firstPresent(JsonNode n, String... fields) {
        for (String f : fields) {
            if (has(n, f)) {
                return f;
            }
        }
        return null;
    }

    /** A required non-blank string (a number is read as its text). */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new BadRecord(field + ": is missing");
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new BadRecord(field + ": expected a string, was " + kind(v));
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            throw new BadRecord(field + ": is empty");
        }
        return s;
    }

    /** An optional string: null when absent or blank. */
    static String optText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new BadRecord(field + ": expected a string, was " + kind(v));
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A required integer (an integral number, or a string of digits). */
    static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new BadRecord(field + ": is missing");
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual() && v.asText().strip().matches("-?\\d{1,9}")) {
            return Integer.parseInt(v.asText().strip());
        }
        throw new BadRecord(field + ": expected an integer, was " + kind(v) + Golds.quote(v));
    }

    /** A required list of non-blank strings with at least {@code min} entries. */
    static List<String> strings(JsonNode n, String field, int min) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new BadRecord(field + ": is missing");
        }
        return list(v, field, min);
    }

    /** A list node of non-blank strings; {@code path} names it in problems. */
    static List<String> list(JsonNode v, String path, int min) {
        if (!v.isArray()) {
            throw new BadRecord(path + ": expected a list, was " + kind(v));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (e == null || !(e.isTextual() || e.isNumber()) || e.asText().isBlank()) {
                throw new BadRecord(path + "[" + i + "]: expected a non-blank string, was " + kind(e));
            }
            out.add(e.asText().strip());
        }
        if (out.size() < min) {
            throw new BadRecord(path + ": needs at least " + min + " entries, has " + out.size());
        }
        return out;
    }

    /** A required object. */
    static JsonNode object(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new BadRecord(field + ": is missing");
        }
        if (!v.isObject()) {
            throw new BadRecord(field + ": expected an object, was " + kind(v));
        }
        return v;
    }
}
