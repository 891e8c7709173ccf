package org.attune.evaluator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.AtomicFiles;
import org.attune.personas.util.Files2;
import org.attune.personas.util.Mappers;

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

    /**
     * Writes the file whole or not at all ({@link AtomicFiles}: a temporary file in the same folder,
     * created with the umask, then an atomic rename; the temporary file is removed when the write fails).
     *
     * @throws WriteFailedException naming the file and what happened (a full disk, a folder not writable)
     */
    public static void writeAtomic(Path target, String content) {
        writeAtomic(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #writeAtomic(Path, String)}, for bytes as they are. */
    public static void writeAtomic(Path target, byte[] content) {
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new WriteFailedException(target.toAbsolutePath().getParent(), target + ": cannot write: "
                    + DiskErrors.describe(e));
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
        return readJournal(java.util.function.UnaryOperator.identity());
    }

    /** As {@link #readJournal()}, keeping each episode as {@code view} makes it (e.g. {@link EpisodeFigures#view()}). */
    public Journal readJournal(java.util.function.UnaryOperator<Episode> view) {
        Map<String, Episode> byKey = new LinkedHashMap<>();
        String torn = scan(true, e -> {
            byKey.remove(e.key());
            byKey.put(e.key(), view.apply(e));
        });
        return new Journal(new ArrayList<>(byKey.values()), torn);
    }

    /** Every complete line of the journal in file order, repeats included (a malformed last line is skipped). */
    public List<Episode> readAllLines() {
        List<Episode> out = new ArrayList<>();
        scan(false, out::add);
        return out;
    }

    /** Lines parsed together on all cores; the journal itself is streamed, never read whole. */
    private static final int BATCH = 4096;

    /**
     * Streams the journal in file order to {@code sink}: complete lines in batches parsed in
     * parallel, blank lines skipped. A last line without its newline is returned, not parsed. A
     * malformed complete line is an input error naming the file and line, except a malformed last
     * line when {@code strictLast} is false.
     */
    private String scan(boolean strictLast, java.util.function.Consumer<Episode> sink) {
        Path p = file(EPISODES);
        if (!Files.exists(p)) {
            return null;
        }
        long whole = JournalTail.wholeLinesLength(p);
        ObjectReader reader = mapper().readerFor(Episode.class);
        List<String> batch = new ArrayList<>(BATCH);
        int first = 1; // line number of batch.get(0)
        int number = 0;
        // only the whole lines are decoded strictly: a torn tail may end inside a character
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                JournalTail.openWholeLines(p, whole), StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                batch.add(line);
                number++;
                if (batch.size() == BATCH) {
                    parse(p, reader, batch, first, true, sink);
                    first += batch.size();
                    batch.clear();
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException(p + ": not valid UTF-8 (after line " + number + ")" + damaged(p));
        } catch (IOException e) {
            throw new InvalidInputException(p + ": cannot read: " + e.getMessage());
        }
        byte[] torn = JournalTail.tornBytes(p);
        // a malformed last whole line is skipped when strictLast is false, as a torn one would be
        parse(p, reader, batch, first, strictLast || torn.length > 0, sink);
        return torn.length == 0 ? null : new String(torn, StandardCharsets.UTF_8);
    }

    private static void parse(Path p, ObjectReader reader, List<String> lines, int first, boolean strictLast,
                              java.util.function.Consumer<Episode> sink) {
        Episode[] parsed = new Episode[lines.size()];
        String[] problems = new String[lines.size()];
        IntStream.range(0, lines.size()).parallel().forEach(i -> {
            String line = lines.get(i);
            if (line.isBlank()) {
                return;
            }
            try {
                Episode e = reader.readValue(line);
                if (e.key() == null || !Episode.SCHEMA.equals(e.schema())) {
                    problems[i] = p + ":" + (first + i) + ": not an " + Episode.SCHEMA + " line" + damaged(p);
                } else {
                    parsed[i] = e;
                }
            } catch (JsonProcessingException e) {
                // the parser's own "line 1" is always 1 here: the column is what locates the fault
                int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
                problems[i] = p + ":" + (first + i) + ": not an episode record (" + Files2.firstLine(e.getOriginalMessage())
                        + (column > 0 ? ", at column " + column : "") + ")" + damaged(p);
            }
        });
        for (int i = 0; i < parsed.length; i++) {
            if (problems[i] != null) {
                if (!strictLast && i == parsed.length - 1) {
                    return; // a torn last line is not an episode
                }
                throw new InvalidInputException(problems[i]);
            }
            if (parsed[i] != null) {
                sink.accept(parsed[i]);
            }
        }
    }

    /** What to do about a journal line that does not read: the journal is Attune's, so it was edited or damaged. */
    private static String damaged(Path journal) {
        return "; the journal was edited or damaged: restore that line from a copy, or delete it and run attune run"
                + " --resume " + (journal.getParent() == null ? "." : journal.getParent()) + " to play its episode again";
    }

    public List<Episode> readEpisodes() {
        return readJournal().episodes();
    }

    /** The episodes of the journal as {@code view} makes them. */
    public List<Episode> readEpisodes(java.util.function.UnaryOperator<Episode> view) {
        return readJournal(view).episodes();
    }
}
