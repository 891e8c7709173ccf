package org.attune.api;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a longitudinal learner believed in one round (the journal's {@code inferred} field, SPEC §4):
 * attribute values it acted on, and optionally a free-text description (a model's own words).
 *
 * <p>Written as one line of {@code attribute=value} pairs joined by {@code "; "} in attribute order
 * (empty when it believed nothing), then, when there is a description, a newline and the description.
 * Attribute ids and choice values never contain {@code ;}, {@code =} or a newline.
 */
public record InferredPreferences(Map<String, String> values, String description) {
    public static final InferredPreferences NONE = new InferredPreferences(Map.of(), null);

    public InferredPreferences {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(values));
        description = description == null || description.isBlank() ? null : description.strip();
    }

    public static InferredPreferences of(Map<String, String> values) {
        return new InferredPreferences(values, null);
    }

    public boolean isEmpty() {
        return values.isEmpty() && description == null;
    }

    /** The journal form; see the type's description. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        values.forEach((a, v) -> {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(a).append('=').append(v);
        });
        if (description != null) {
            sb.append('\n').append(description);
        }
        return sb.toString();
    }

    /** Reads the journal form; null reads as believing nothing, malformed pairs are skipped. */
    public static InferredPreferences parse(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        Map<String, String> values = new TreeMap<>();
        for (String part : first.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                String a = part.substring(0, eq).strip();
                String v = part.substring(eq + 1).strip();
                if (!a.isEmpty() && !v.isEmpty()) {
                    values.put(a, v);
                }
            }
        }
        return new InferredPreferences(values, nl < 0 ? null : text.substring(nl + 1));
    }
}
