package org.attune.evaluator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.personas.InvalidInputException;
import org.attune.personas.internal.Files2;
import org.attune.personas.internal.Mappers;

/**
 * A run directory (SPEC §4): the single source of truth that reports, re-scoring and gating read.
 */
public final class RunDirectory {
    public static final String RUN_JSON = "run.json";
    public static final String EPISODES = "episodes.jsonl";
    public static final String SUMMARY_JSON = "summary.json";
    public static final String SUMMARY_MD = "summary.md";
    public static final String JUNIT_XML = "junit.xml";
    public static final String REPORT_DIR = "report";

    private final Path dir;

    public RunDirectory(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public boolean hasRunInfo() {
        return Files.isRegularFile(file(RUN_JSON));
    }

    public static ObjectMapper mapper() {
        return Mappers.json();
    }

    public void writeRunInfo(RunInfo info) {
        writeJson(RUN_JSON, info);
    }

    public RunInfo readRunInfo() {
        Path p = file(RUN_JSON);
        if (!Files.isRegularFile(p)) {
            throw new InvalidInputException(p + ": not a run directory (no " + RUN_JSON + ")");
        }
        return readJson(p, RunInfo.class, RunInfo.SCHEMA);
    }

    public void writeSummary(Summary summary) {
        writeJson(SUMMARY_JSON, summary);
    }

    public Summary readSummary() {
        return readJson(file(SUMMARY_JSON), Summary.class, Summary.SCHEMA);
    }

    /** Serializes a value as pretty JSON and replaces {@code name} atomically. */
    public void writeJson(String name, Object value) {
        try {
            writeAtomic(file(name), mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + name, e);
        }
    }

    public <T> T readJson(Path p, Class<T> type, String schema) {
        String text = Files2.readText(p);
        try {
            com.fasterxml.jackson.databind.JsonNode node = mapper().readTree(text);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException(p + ": expected a JSON object");
            }
            String s = node.path("schema").asText("");
            if (!s.equals(schema)) {
                throw new InvalidInputException(p + ": schema: expected \"" + schema + "\", was \"" + s + "\"");
            }
            return mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(p + ": " + Files2.describe(e));
        }
    }

    /** Writes via a temporary file in the same folder and an atomic rename. */
    public static void writeAtomic(Path target, String content) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InvalidInputException(target + ": cannot write: " + e.getMessage());
        }
    }

    /** The journal of finished episodes, opened for appending. */
    public EpisodeJournal openJournal() {
        return new EpisodeJournal(file(EPISODES));
    }

    /** What reading the journal found: the complete episodes and any torn trailing bytes. */
    public record Journal(List<Episode> episodes, String tornTail) {
    }

    /**
     * Reads every complete line of the journal. A last line without its newline (a torn write) is
     * returned as {@code tornTail}, not parsed; a malformed complete line is an input error.
     * When a key repeats, the later line wins (a retried episode's new generation).
     */
    public Journal readJournal() {
        Path p = file(EPISODES);
        if (!Files.exists(p)) {
            return new Journal(List.of(), null);
        }
        String text = Files2.readText(p);
        String torn = null;
        int end = text.lastIndexOf('\n');
        if (end < text.length() - 1) {
            torn = text.substring(end + 1);
            text = text.substring(0, end + 1);
        }
        Map<String, Episode> byKey = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            try {
                Episode e = mapper().readValue(line, Episode.class);
                if (e.key() == null || !Episode.SCHEMA.equals(e.schema())) {
                    throw new InvalidInputException(p + ":" + (i + 1) + ": not an " + Episode.SCHEMA + " line");
                }
                byKey.remove(e.key());
                byKey.put(e.key(), e);
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(p + ":" + (i + 1) + ": " + Files2.describe(e));
            }
        }
        return new Journal(new ArrayList<>(byKey.values()), torn);
    }

    /** Every complete line of the journal in file order, repeats included. */
    public List<Episode> readAllLines() {
        Path p = file(EPISODES);
        List<Episode> out = new ArrayList<>();
        if (!Files.exists(p)) {
            return out;
        }
        String[] lines = Files2.readText(p).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                out.add(mapper().readValue(lines[i], Episode.class));
            } catch (JsonProcessingException e) {
                if (i == lines.length - 1) {
                    break; // a torn last line is not an episode
                }
                throw new InvalidInputException(p + ":" + (i + 1) + ": " + Files2.describe(e));
            }
        }
        return out;
    }

    public List<Episode> readEpisodes() {
        return readJournal().episodes();
    }
}
