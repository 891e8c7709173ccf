package org.attune.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Files2;
import org.attune.personas.util.NodeReader;

/**
 * A named selection of built-in content: which task sets, how many items of each, how many
 * personas (the first N of the library).
 */
public record Suite(String id, String description, List<String> tasks, int limit, int personas) {
    public static final String SCHEMA = "attune.suite/v1";

    public static Suite builtin(String id) {
        String res = "attune/suites/" + id + ".yaml";
        String name = "builtin:" + res;
        String text;
        try {
            text = Files2.readResource(res);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--suite: unknown suite \"" + id + "\" (known: quick, full, longitudinal)"
                    + org.attune.personas.util.DidYouMean.hint(id, java.util.List.of("quick", "full", "longitudinal")));
        }
        JsonNode root = Files2.parse(name, text);
        NodeReader r = new NodeReader(name);
        r.requireObject(root, "");
        r.schema(root, SCHEMA);
        String sid = r.string(root, "", "id");
        String description = r.optString(root, "", "description");
        List<String> tasks = r.strings(root, "", "tasks", 1);
        int limit = root.has("limit") ? r.integer(root, "", "limit", 0, 1_000_000, 0) : 0;
        int personas = root.has("personas") ? r.integer(root, "", "personas", 0, 10_000, 0) : 0;
        if (!r.ok()) {
            throw new InvalidInputException(r.problems());
        }
        return new Suite(sid, description, tasks, limit, personas);
    }
}
