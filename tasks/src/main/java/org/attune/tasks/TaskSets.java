package org.attune.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.api.AnswerType;
import org.attune.api.Item;
import org.attune.api.TaskSet;
import org.attune.personas.Ids;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Files2;
import org.attune.personas.util.NodeReader;

/** Loads and validates task sets in Attune's own format ({@code attune.taskset/v1}). */
public final class TaskSets {
    public static final String SCHEMA = "attune.taskset/v1";
    public static final String BUILTIN_DIR = "attune/tasks/";

    private TaskSets() {
    }

    private static volatile Map<String, TaskSet> builtin;

    /** The built-in task sets listed in {@code attune/tasks/index.txt}, by id, in index order. */
    public static Map<String, TaskSet> builtin() {
        Map<String, TaskSet> m = builtin;
        if (m == null) {
            synchronized (TaskSets.class) {
                m = builtin;
                if (m == null) {
                    Map<String, TaskSet> out = new LinkedHashMap<>();
                    List<String> problems = new ArrayList<>();
                    for (String file : builtinFiles()) {
                        String res = BUILTIN_DIR + file;
                        try {
                            TaskSet t = parse("builtin:" + res, Files2.parse("builtin:" + res, Files2.readResource(res)));
                            out.put(t.id(), t);
                        } catch (InvalidInputException e) {
                            problems.addAll(e.problems());
                        }
                    }
                    if (!problems.isEmpty()) {
                        throw new InvalidInputException(problems);
                    }
                    m = java.util.Collections.unmodifiableMap(out);
                    builtin = m;
                }
            }
        }
        return m;
    }

    public static List<String> builtinFiles() {
        return Files2.readIndex(BUILTIN_DIR + "index.txt");
    }

    public static TaskSet load(Path file) {
        String name = file.toString();
        return parse(name, Files2.parse(name, Files2.readText(file)));
    }

    /** Parses and validates one task set; throws with every problem found. */
    public static TaskSet parse(String name, JsonNode root) {
        NodeReader r = new NodeReader(name);
        if (!r.requireObject(root, "")) {
            throw new InvalidInputException(r.problems());
        }
        r.schema(root, SCHEMA);
        // a misspelled optional key (aliasses, solutoin) would otherwise be dropped without a word
        r.onlyFields(root, "", List.of("schema", "id", "name", "domain", "answerType", "items"));
        String id = r.string(root, "", "id");
        if (id != null && !Ids.isValid(id)) {
            r.problem("id", "must be lowercase letters, digits and dashes, was \"" + id + "\"");
        }
        String tname = r.string(root, "", "name");
        String domain = r.string(root, "", "domain");
        String at = r.string(root, "", "answerType");
        AnswerType type = at == null ? null : AnswerType.fromId(at);
        if (at != null && type == null) {
            r.problem("answerType", "must be number, choice, text, expression or open; was \"" + at + "\"");
        }
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> nodes = r.objects(root, "", "items");
        if (nodes.isEmpty() && root.path("items").isArray()) {
            r.problem("items", "must not be empty");
        }
        for (int i = 0; i < nodes.size(); i++) {
            Item item = parseItem(r, nodes.get(i), NodeReader.index("items", i), type);
            if (item != null && !ids.add(item.id())) {
                r.problem(NodeReader.index("items", i) + ".id", "duplicate id \"" + item.id() + "\"");
            } else if (item != null) {
                items.add(item);
            }
        }
        if (!r.ok()) {
            throw new InvalidInputException(r.problems());
        }
        return new TaskSet(id, tname, domain, type, items);
    }

    static Item parseItem(NodeReader r, JsonNode n, String at, AnswerType setType) {
        if (!r.requireObject(n, at)) {
            return null;
        }
        int before = r.problems().size();
        String id = r.string(n, at, "id");
        // an unsafe id would make a confusing field path: name the item by its position instead
        String path = id == null || !Ids.isSafe(id) ? at : "items." + id;
        if (id != null && !Ids.isSafe(id)) {
            r.problem(path + ".id", "must be letters, digits, dot, dash, underscore or colon, was \"" + id + "\"");
        }
        r.onlyFields(n, path, List.of("id", "answerType", "question", "choices", "answer", "aliases", "solution",
                "source", "tags"));
        // an item may have its own answer type (a file that mixes source datasets)
        String own = r.optString(n, path, "answerType");
        AnswerType itemType = own == null ? null : AnswerType.fromId(own);
        if (own != null && itemType == null) {
            r.problem(path + ".answerType", "must be number, choice, text, expression or open; was \"" + own + "\"");
        }
        AnswerType type = itemType != null ? itemType : setType;
        String question = r.string(n, path, "question");
        int beforeChoices = r.problems().size();
        List<String> choices = r.strings(n, path, "choices", type == AnswerType.CHOICE ? 2 : 0);
        boolean choicesOk = r.problems().size() == beforeChoices;
        String answer = type == AnswerType.OPEN ? r.optString(n, path, "answer") : r.string(n, path, "answer");
        // a letter can only be checked against readable choices; broken choices are reported once
        if (type == AnswerType.CHOICE && answer != null && choicesOk) {
            String a = answer.strip().toUpperCase(java.util.Locale.ROOT);
            if (a.length() != 1 || a.charAt(0) < 'A' || a.charAt(0) >= 'A' + Math.max(choices.size(), 1)) {
                r.problem(path + ".answer", "must be a letter from A to " + Item.letter(Math.max(choices.size(), 1) - 1)
                        + ", was \"" + answer + "\"");
            }
            answer = a;
        }
        List<String> aliases = r.strings(n, path, "aliases", 0);
        String solution = r.optString(n, path, "solution");
        String source = r.optString(n, path, "source");
        List<String> tags = r.strings(n, path, "tags", 0);
        if (r.problems().size() > before) {
            return null;
        }
        Item item = new Item(id, question, choices, answer, aliases, solution, source, tags, itemType);
        String oversized = item.oversizedField();
        if (oversized != null) {
            r.problem(path, oversized);
            return null;
        }
        return item;
    }
}
