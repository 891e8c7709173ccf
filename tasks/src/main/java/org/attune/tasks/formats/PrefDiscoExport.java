package org.attune.tasks.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.Attribute;
import org.attune.api.Item;
import org.attune.api.TaskSet;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.AtomicFiles;
import org.attune.personas.util.Mappers;
import org.attune.tasks.TaskSets;

/**
 * Writes loaded PrefDisco records as Attune-native files: {@code ID.tasks.yaml} (the task set),
 * {@code ID.attributes.yaml} (a catalog fragment: one judge attribute per distinct rubric
 * criterion, anchors from its first occurrence) and {@code ID.prefdisco.yaml}
 * ({@code attune.prefdisco/v1}: per item, the person, the criteria with the person's preferences,
 * weights and levels, the answer type, the image and the unused fields, exactly as read; see
 * {@link PrefDiscoImport}). Existing files are never overwritten.
 */
public final class PrefDiscoExport {
    public static final String SCHEMA = "attune.prefdisco/v1";

    /** The files written. */
    public record Written(Path tasks, Path attributes, Path personalization, int items, int attributeCount) {
    }

    private PrefDiscoExport() {
    }

    /** Writes one file whole; {@link AtomicFiles#write} outside tests. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path target, byte[] content) throws IOException;
    }

    public static Written write(LoadResult result, Path dir) {
        return write(result, dir, AtomicFiles::write);
    }

    /**
     * Each file is written whole or not at all, and when one cannot be written (a full disk) the ones
     * written before it are removed, so a failed import leaves nothing a later {@code --tasks} would read
     * as a converted set, and running it again needs no clean-up.
     */
    static Written write(LoadResult result, Path dir, FileWriter writer) {
        TaskSet set = result.set();
        if (result.personalized().isEmpty()) {
            throw new InvalidInputException(set.id() + ": has no PrefDisco records (persona and rubric per item)");
        }
        Path tasks = dir.resolve(set.id() + ".tasks.yaml");
        Path attributes = dir.resolve(set.id() + ".attributes.yaml");
        Path personalization = dir.resolve(set.id() + ".prefdisco.yaml");
        List<String> existing = new ArrayList<>();
        for (Path p : List.of(tasks, attributes, personalization)) {
            if (Files.exists(p)) {
                existing.add(p + ": already exists; choose another --out folder");
            }
        }
        if (!existing.isEmpty()) {
            throw new InvalidInputException(existing);
        }
        Map<String, Object> attrs = attributeCatalog(result);
        @SuppressWarnings("unchecked")
        int count = ((List<Object>) attrs.get("attributes")).size();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(tasks, header("task set") + yaml(taskSet(set)));
        files.put(attributes, header("attribute catalog fragment") + yaml(attrs));
        files.put(personalization, header("per-item personas and rubrics") + yaml(personalization(result)));
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, String> f : files.entrySet()) {
            try {
                writer.write(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
                written.add(f.getKey());
            } catch (IOException e) {
                written.add(f.getKey()); // a writer that failed may have left part of it
                removeAll(written);
                throw new InvalidInputException(f.getKey() + ": cannot write: " + e.getMessage()
                        + "; nothing was imported (free some space or choose another --out folder, then import again)");
            }
        }
        return new Written(tasks, attributes, personalization, set.items().size(), count);
    }

    private static void removeAll(List<Path> files) {
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the write already failed; that is the error to report
            }
        }
    }

    private static String header(String what) {
        return "# Attune " + what + " converted from PrefDisco records by `attune import prefdisco`.\n";
    }

    private static String yaml(Object tree) {
        try {
            return Mappers.yaml().writeValueAsString(tree).replaceFirst("^---\\s*\\n", "");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }

    static Map<String, Object> taskSet(TaskSet set) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", TaskSets.SCHEMA);
        m.put("id", set.id());
        m.put("name", set.name());
        m.put("domain", set.domain());
        m.put("answerType", set.answerType().id());
        List<Object> items = new ArrayList<>();
        for (Item i : set.items()) {
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("id", i.id());
            it.put("question", i.question());
            if (!i.choices().isEmpty()) {
                it.put("choices", i.choices());
            }
            if (i.answer() != null) {
                it.put("answer", i.answer());
            }
            if (!i.aliases().isEmpty()) {
                it.put("aliases", i.aliases());
            }
            if (i.solution() != null) {
                it.put("solution", i.solution());
            }
            if (i.source() != null) {
                it.put("source", i.source());
            }
            if (!i.tags().isEmpty()) {
                it.put("tags", i.tags());
            }
            if (i.answerType() != null) {
                it.put("answerType", i.answerType().id());
            }
            items.add(it);
        }
        m.put("items", items);
        return m;
    }

    static Map<String, Object> attributeCatalog(LoadResult result) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (PrefDiscoItem p : result.personalized()) {
            for (PrefDiscoItem.Criterion c : p.criteria()) {
                byId.computeIfAbsent(c.id(), id -> {
                    Attribute a = PrefDiscoAttributes.of(c, id, List.of(result.set().domain()));
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", a.id());
                    m.put("name", a.name());
                    m.put("description", a.description());
                    m.put("category", a.category().id());
                    m.put("check", a.check().id());
                    Map<String, String> scale = new LinkedHashMap<>();
                    new TreeMap<>(a.scale()).forEach((k, v) -> scale.put(String.valueOf(k), v));
                    m.put("scale", scale);
                    m.put("domains", a.domains());
                    m.put("questionHints", a.questionHints());
                    return m;
                });
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", "attune.attributes/v1");
        m.put("attributes", new ArrayList<>(byId.values()));
        return m;
    }

    static Map<String, Object> personalization(LoadResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("tasks", result.set().id());
        // the records as read, field for field, so that a run from the folder plays what a run from the file plays
        m.put("items", Mappers.json().valueToTree(result.personalized()));
        return m;
    }
}
