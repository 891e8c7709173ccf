package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.attune.api.Item;
import org.attune.api.TaskRecords;

/**
 * One file to load: its name as reported, its text (UTF-8, BOM dropped), the options, and its
 * records read on demand in the layout its extension or content suggests.
 */
final class Input implements TaskRecords {
    private final Path path;
    private final String text;
    private final LoadOptions options;
    private final Collector out;
    private List<Row> rows;

    Input(Path path, String text, LoadOptions options, Collector out) {
        this.path = path;
        this.text = text;
        this.options = options;
        this.out = out;
    }

    String name() {
        return path.toString();
    }

    Path path() {
        return path;
    }

    /** The file name without folders and extension, lowercased: {@code gsm8k_test}. */
    String stem() {
        String f = path.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return (dot > 0 ? f.substring(0, dot) : f).toLowerCase(Locale.ROOT);
    }

    @Override
    public Path file() {
        return path;
    }

    @Override
    public void add(int line, Supplier<Item> convert) {
        out.add(line, () -> {
            try {
                return convert.get();
            } catch (IllegalArgumentException e) {
                throw new BadRecord(e.getMessage());
            }
        });
    }

    @Override
    public <T> Optional<T> internal(Class<T> type) {
        return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
    }

    @Override
    public String text() {
        return text;
    }

    LoadOptions options() {
        return options;
    }

    Collector out() {
        return out;
    }

    boolean isCsv() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(csv|tsv)");
    }

    /**
     * Whether the file is one JSON document (an array, or an object of records) rather than JSON
     * lines: a {@code .json} file unless its first two lines are each complete JSON, or any file
     * whose first line does not hold a whole JSON value.
     */
    boolean isJsonDocument() {
        String t = text.stripLeading();
        if (t.startsWith("[")) {
            return true;
        }
        if (!t.startsWith("{")) {
            return false;
        }
        List<String> lines = Records.lines(t);
        boolean firstComplete = Records.isCompleteJson(lines.get(0).strip());
        if (!firstComplete) {
            return true;
        }
        boolean json = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        String second = lines.stream().skip(1).filter(l -> !l.isBlank()).findFirst().orElse(null);
        return json && (second == null || !Records.isCompleteJson(second.strip()));
    }

    /**
     * The records: CSV rows as arrays of cells, JSON lines or the elements of one JSON
     * document as objects. Read problems (a broken line) go to the collector and count as records.
     */
    List<Row> rows() {
        if (rows == null) {
            if (isCsv()) {
                rows = Records.csv(this);
            } else if (isJsonDocument()) {
                rows = Records.jsonDocument(this);
            } else {
                rows = Records.jsonLines(this);
            }
        }
        return rows;
    }

    /** The first record's content, for detection; null when there is none. */
    JsonNode first() {
        List<Row> r = rows();
        return r.isEmpty() ? null : r.get(0).node();
    }
}
