package org.attune.tasks.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.api.Item;
import org.attune.api.TaskSet;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Files2;
import org.attune.personas.util.Mappers;
import org.attune.tasks.TaskSets;

/**
 * Reads back what {@code attune import prefdisco} wrote: {@code ID.tasks.yaml} and, beside it,
 * {@code ID.prefdisco.yaml} ({@link PrefDiscoExport#SCHEMA}), giving the same task set and the same
 * per-item persons and rubrics as loading the original file.
 */
public final class PrefDiscoImport {
    private PrefDiscoImport() {
    }

    /** The {@code ID.prefdisco.yaml} beside a task set file, or null when there is none. */
    public static Path sibling(Path tasksFile) {
        String f = tasksFile.getFileName().toString();
        if (!f.endsWith(".tasks.yaml")) {
            return null;
        }
        Path p = tasksFile.resolveSibling(f.substring(0, f.length() - ".tasks.yaml".length()) + ".prefdisco.yaml");
        return Files.isRegularFile(p) ? p : null;
    }

    /** The task sets of a folder written by the import ({@code *.tasks.yaml}, in name order). */
    public static List<Path> taskFiles(Path dir) {
        try (var s = Files.list(dir)) {
            List<Path> out = s.filter(p -> p.getFileName().toString().endsWith(".tasks.yaml")).sorted().toList();
            if (out.isEmpty()) {
                throw new InvalidInputException(dir + ": holds no *.tasks.yaml file (write one with attune import)");
            }
            return out;
        } catch (java.io.IOException e) {
            throw new InvalidInputException(dir + ": cannot list: " + e.getMessage());
        }
    }

    /** The task set of {@code tasksFile} with the persons and rubrics of its sibling file. */
    public static LoadResult load(Path tasksFile) {
        TaskSet set = TaskSets.load(tasksFile);
        Path side = sibling(tasksFile);
        return new LoadResult(set, "prefdisco", List.of(), side == null ? List.of() : read(side, set));
    }

    /** The records of an {@code attune.prefdisco/v1} file; every item must be one of the set's. */
    public static List<PrefDiscoItem> read(Path file, TaskSet set) {
        String name = file.toString();
        JsonNode root = Files2.parse(name, Files2.readText(file));
        if (!PrefDiscoExport.SCHEMA.equals(root.path("schema").asText())) {
            throw new InvalidInputException(name + ": schema: expected " + PrefDiscoExport.SCHEMA);
        }
        if (set != null && !set.id().equals(root.path("tasks").asText())) {
            throw new InvalidInputException(name + ": tasks: expected \"" + set.id() + "\", the id of the task set beside it");
        }
        ObjectMapper m = Mappers.json();
        CollectionType t = m.getTypeFactory().constructCollectionType(List.class, PrefDiscoItem.class);
        List<PrefDiscoItem> items;
        try {
            items = m.readerFor(t).readValue(root.path("items"));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(name + ": items: " + e.getOriginalMessage());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new InvalidInputException(name + ": items: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (set != null) {
            set.items().stream().map(Item::id).forEach(ids::add);
        }
        for (int i = 0; i < items.size(); i++) {
            PrefDiscoItem p = items.get(i);
            String at = name + ": items[" + i + "]";
            if (p == null || p.itemId() == null || p.persona() == null || p.criteria().isEmpty()) {
                problems.add(at + ": needs itemId, persona and criteria");
            } else if (set != null && !ids.contains(p.itemId())) {
                problems.add(at + ".itemId: \"" + p.itemId() + "\" is no item of " + set.id());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return items;
    }
}
