package org.attune.runners.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.DidYouMean;
import org.attune.personas.util.Mappers;

/**
 * An {@code attune.yaml} run configuration file ({@code attune run -c FILE}): the {@link RunConfig} tree in
 * YAML, every key optional. Unknown keys and values of the wrong type are errors naming the file, the line
 * and the key path (with the closest known key); Jackson's own checks find them, this class only words them.
 */
public final class ConfigFile {
    private static final ObjectMapper STRICT = Mappers.yaml().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // a list or map entry left empty ("- " alone) is named by its key path, not a NullPointerException
            .setDefaultSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forContentNulls(
                    com.fasterxml.jackson.annotation.Nulls.FAIL));

    private ConfigFile() {
    }

    /** The file's configuration as a tree (for overriding), after checking it reads as a {@link RunConfig}. */
    public static ObjectNode read(Path file) {
        String text;
        try {
            text = org.attune.personas.util.Files2.decode(file.toString(), Files.readAllBytes(file)); // names a non-UTF-8 line
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read the config file (" + e.getMessage() + ")");
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return STRICT.createObjectNode(); // an empty file (or only comments): every default
            }
            if (!tree.isObject()) {
                throw new InvalidInputException(file + ": expected a mapping of keys (schema, suite, agents, ...), was "
                        + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            STRICT.readValue(text, RunConfig.class); // read from the text, so that errors know their line
        } catch (JacksonException e) {
            throw new InvalidInputException(problem(file, e, text));
        }
        JsonNode schema = tree.get("schema");
        if (schema != null && !RunConfig.SCHEMA.equals(schema.asText())) {
            throw new InvalidInputException(file + ": schema: \"" + schema.asText() + "\" is not a schema this build reads ("
                    + RunConfig.SCHEMA + ")");
        }
        return (ObjectNode) tree;
    }

    /** The configuration a (possibly overridden) tree holds. */
    public static RunConfig config(JsonNode tree, Path file) {
        try {
            return STRICT.treeToValue(tree, RunConfig.class);
        } catch (JacksonException e) {
            throw new InvalidInputException(problem(file, e, null));
        }
    }

    /** One line: file:line: key.path: what is wrong ({@code text}, when given, finds the key's line). */
    static String problem(Path file, JacksonException e, String text) {
        int line = e instanceof JsonMappingException m && text != null ? lineOf(text, m.getPath()) : -1;
        if (line < 0 && e.getLocation() != null) {
            line = e.getLocation().getLineNr();
        }
        String where = file + (line > 0 ? ":" + line : "") + ": ";
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            }
            java.util.Collections.sort(known);
            return where + path + ": unknown key" + DidYouMean.hint(u.getPropertyName(), known)
                    + " (known here: " + String.join(", ", known) + ")";
        }
        if (e instanceof InvalidTypeIdException t) {
            List<String> modes = List.of("episodes", "longitudinal");
            return where + (path.isEmpty() ? "mode" : path) + ": unknown mode \"" + t.getTypeId() + "\""
                    + DidYouMean.hint(t.getTypeId(), modes) + " (known: episodes, longitudinal)";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
            return where + path + ": an empty entry; give it a value or remove it";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String was = e instanceof InvalidFormatException f ? ", was \"" + f.getValue() + "\"" : "";
            return where + path + ": expected " + typeName(m.getTargetType()) + was;
        }
        if (e instanceof JsonMappingException) {
            return where + (path.isEmpty() ? "" : path + ": ") + e.getOriginalMessage();
        }
        return where + "not valid YAML (" + org.attune.personas.util.Files2.reason(e.getOriginalMessage()) + ")";
    }

    /**
     * The line of the key or element at {@code refs} (Jackson's own location is where the parser stopped, often
     * past it), found by reading the text again and comparing each token's path; -1 when not found.
     */
    private static int lineOf(String text, List<JsonMappingException.Reference> refs) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        String target = pointer.toString();
        try (JsonParser p = STRICT.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                if (p.getParsingContext().pathAsPointer().toString().equals(target)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException ignored) {
            // unreadable text was reported as such already
        }
        return -1;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String typeName(Class<?> t) {
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "a whole number";
        }
        if (t == Double.class || t == double.class) {
            return "a number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "a text value";
        }
        if (Collection.class.isAssignableFrom(t)) {
            return "a list";
        }
        if (t == RunConfig.Mode.class) {
            return "a mapping with one key, episodes or longitudinal";
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord() || t.isInterface()) {
            return "a mapping (key: value)";
        }
        return "a value of type " + t.getSimpleName();
    }
}
