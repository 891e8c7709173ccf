package org.attune.reports.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * JSON that is safe to place inside an HTML {@code <script>} element or a {@code .js} file: the
 * characters that could end the element, open a comment or break a JavaScript string
 * ({@code < > &} and U+2028/U+2029) are written as \\u escapes, which JSON reads back unchanged.
 */
public final class ScriptJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT);

    private ScriptJson() {
    }

    public static String encode(Object value) {
        String json;
        try {
            json = MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize report data", e);
        }
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The encoded JSON marked as already safe, so the template engine does not escape it again. */
    public static SafeString safe(Object value) {
        return new SafeString(encode(value));
    }
}
