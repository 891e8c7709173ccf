package org.attune.runners.models.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.function.Predicate;

/**
 * Finds the JSON object a model meant as its answer (SPEC §2): the last valid object in the reply
 * that has the expected shape, tolerating prose, code fences and other objects around it. Common
 * slips are forgiven: single quotes, trailing commas, raw line breaks inside strings, and comments
 * ({@code //}, {@code /* ... *}{@code /}, {@code #}) that models add beside fields despite the prompt.
 */
public final class JsonReplies {
    /** Only the last this-many opening braces are tried, so a huge reply cannot cost quadratic time. */
    private static final int MAX_STARTS = 200;

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_YAML_COMMENTS)
            .build();

    private JsonReplies() {
    }

    /**
     * The object that ends last among those {@code valid} accepts (the outermost when several end at
     * the same place), or null when there is none.
     */
    public static JsonNode lastObject(String text, Predicate<JsonNode> valid) {
        if (text == null) {
            return null;
        }
        JsonNode best = null;
        long bestEnd = -1;
        int tried = 0;
        for (int i = text.lastIndexOf('{'); i >= 0 && tried < MAX_STARTS; i = text.lastIndexOf('{', i - 1), tried++) {
            try (JsonParser p = LENIENT.getFactory().createParser(text.substring(i))) {
                JsonNode n = p.readValueAsTree();
                long end = i + p.currentLocation().getCharOffset();
                if (n != null && n.isObject() && valid.test(n) && end >= bestEnd) {
                    best = n; // an earlier start with the same or later end is the enclosing object
                    bestEnd = end;
                }
            } catch (Exception notAnObjectHere) {
                // keep looking further left
            }
            if (i == 0) {
                break;
            }
        }
        return best;
    }

    /** A non-blank text field, or null. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
