package org.attune.personas.util;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads fields out of a parsed JSON/YAML tree and collects every problem as
 * {@code file: path: what is wrong}, so a loader can report all problems of a file at once
 * (Jackson's data binding stops at the first one).
 */
public final class NodeReader {
    private final String file;
    private final List<String> problems = new ArrayList<>();

    public NodeReader(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void problem(String path, String what) {
        problems.add(file + ": " + (path.isEmpty() ? "" : path + ": ") + what);
    }

    public static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** How a node reads in a message: "a string", "a list", "missing", ... */
    public static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "missing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isIntegralNumber()) {
            return "an integer";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        if (n.isArray()) {
            return "a list";
        }
        return "a mapping";
    }

    /** A problem for each field of {@code node} not among {@code known}, with the closest known name when one is. */
    public void onlyFields(JsonNode node, String path, java.util.List<String> known) {
        if (node == null || !node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                problem(join(path, f), "unknown field (known: " + String.join(", ", known) + ")"
                        + DidYouMean.hint(f, known));
            }
        });
    }

    public boolean requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path, "expected a mapping, was " + kind(node));
            return false;
        }
        return true;
    }

    /** A required non-blank string; null (and a problem) otherwise. */
    public String string(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        String p = join(path, field);
        if (n == null || n.isNull()) {
            problem(p, "is required");
            return null;
        }
        if (!n.isTextual() && !n.isNumber() && !n.isBoolean()) {
            problem(p, "expected a string, was " + kind(n));
            return null;
        }
        String s = n.asText();
        if (s.isBlank()) {
            problem(p, "must not be blank");
            return null;
        }
        return s;
    }

    /** An optional string: null when absent. */
    public String optString(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode()) {
            problem(join(path, field), "expected a string, was " + kind(n));
            return null;
        }
        return n.asText();
    }

    /** A required integer in [min, max]; {@code fallback} (and a problem) otherwise. */
    public int integer(JsonNode parent, String path, String field, int min, int max, int fallback) {
        JsonNode n = parent.get(field);
        String p = join(path, field);
        if (n == null || n.isNull()) {
            problem(p, "is required");
            return fallback;
        }
        if (!n.isIntegralNumber()) {
            if (n.isTextual() && n.asText().trim().matches("-?\\d{1,9}")) {
                n = com.fasterxml.jackson.databind.node.IntNode.valueOf(Integer.parseInt(n.asText().trim()));
            } else {
                problem(p, "expected an integer, was " + kind(n) + describeValue(n));
                return fallback;
            }
        }
        if (!n.canConvertToInt()) {
            problem(p, "must be " + min + "-" + max + ", was " + n.asText());
            return fallback;
        }
        int v = n.intValue();
        if (v < min || v > max) {
            problem(p, "must be " + min + "-" + max + ", was " + v);
            return fallback;
        }
        return v;
    }

    private static String describeValue(JsonNode n) {
        if (n != null && n.isValueNode()) {
            String t = n.asText();
            return " (" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + ")";
        }
        return "";
    }

    /** A required list of non-blank strings (possibly empty unless minSize > 0). */
    public List<String> strings(JsonNode parent, String path, String field, int minSize) {
        JsonNode n = parent.get(field);
        String p = join(path, field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            if (minSize > 0) {
                problem(p, "is required");
            }
            return out;
        }
        if (!n.isArray()) {
            problem(p, "expected a list, was " + kind(n));
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (e == null || !e.isValueNode() || e.isNull() || e.asText().isBlank()) {
                problem(index(p, i), "expected a non-blank string, was " + kind(e));
            } else {
                out.add(e.asText());
            }
        }
        if (out.size() < minSize) {
            problem(p, "needs at least " + minSize + " entries, has " + out.size());
        }
        return out;
    }

    /** The entries of an optional mapping, in file order. */
    public Map<String, JsonNode> entries(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            if (required) {
                problem(join(path, field), "is required");
            }
            return out;
        }
        if (!n.isObject()) {
            problem(join(path, field), "expected a mapping, was " + kind(n));
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The elements of a required list of mappings. */
    public List<JsonNode> objects(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        String p = join(path, field);
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            problem(p, "is required");
            return out;
        }
        if (!n.isArray()) {
            problem(p, "expected a list, was " + kind(n));
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            out.add(n.get(i));
        }
        return out;
    }

    /** Checks the {@code schema} field equals the expected value. */
    public void schema(JsonNode root, String expected) {
        String s = optString(root, "", "schema");
        if (s == null) {
            problem("schema", "is required (expected \"" + expected + "\")");
        } else if (!s.equals(expected)) {
            problem("schema", "expected \"" + expected + "\", was \"" + s + "\"");
        }
    }
}
