package org.attune.tasks.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.personas.util.Files2;
import org.attune.personas.util.Mappers;

/** Splits a file into records with the line each starts on: JSON lines, CSV rows, one JSON document. */
final class Records {
    private static final ObjectReader LINE = Mappers.json().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private Records() {
    }

    static boolean isCompleteJson(String line) {
        try {
            LINE.readTree(line);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The lines of a text, without line ends (LF, CRLF or CR). */
    static List<String> lines(String text) {
        return List.of(text.split("\r\n|\n|\r", -1));
    }

    static List<Row> jsonLines(Input in) {
        List<Row> out = new ArrayList<>();
        List<String> lines = lines(in.text());
        int ordinal = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            ordinal++;
            try {
                JsonNode n = LINE.readTree(line);
                if (!n.isObject()) {
                    in.out().unreadable(i + 1, "expected a JSON object, was " + Fields.kind(n));
                } else {
                    out.add(new Row(i + 1, ordinal, null, n));
                }
            } catch (JsonProcessingException e) {
                in.out().unreadable(i + 1, jsonError(e, line));
            } catch (IOException e) {
                in.out().unreadable(i + 1, "cannot read: " + e.getMessage());
            }
        }
        return out;
    }

    private static String jsonError(JsonProcessingException e, String line) {
        String msg = Files2.firstLine(e.getOriginalMessage());
        int col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        if (msg.contains("end-of-input") || msg.contains("Unexpected end")) {
            return "truncated JSON: the line ends inside a value (" + line.length() + " characters)";
        }
        return "not valid JSON" + (col > 0 ? " at column " + col : "") + ": " + msg;
    }

    /** CSV rows as arrays of cells; quoted cells may hold commas, quotes and line breaks. */
    static List<Row> csv(Input in) {
        List<Row> out = new ArrayList<>();
        int ordinal = 0;
        int line = 1;
        try (JsonParser p = CSV.createParser(in.text())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_ARRAY) {
                    continue;
                }
                // the START_ARRAY token carries a stale location; the first cell's is exact
                ArrayNode row = JsonNodeFactory.instance.arrayNode();
                boolean first = true;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    if (first) {
                        line = p.currentTokenLocation().getLineNr();
                        first = false;
                    }
                    row.add(p.getText());
                }
                ordinal++;
                if (!(row.size() == 1 && row.get(0).asText().isBlank())) {
                    out.add(new Row(line, ordinal, null, row));
                }
                // past the row's line end (and any skipped empty lines): where the next record starts, so that a
                // record broken in its first cell is named by its own line, not by the previous record's
                line = p.currentLocation().getLineNr();
            }
        } catch (JsonProcessingException e) {
            // reported on the line where the broken record starts; the parser notices later
            JsonLocation loc = e.getLocation();
            String where = loc != null && loc.getLineNr() > line ? " (noticed on line " + loc.getLineNr() + ")" : "";
            in.out().unreadable(line, "CSV syntax error in the record starting here: "
                    + Files2.firstLine(e.getOriginalMessage()) + where + "; the rest of the file was not read");
        } catch (IOException e) {
            in.out().unreadable(line, "cannot read: " + e.getMessage());
        }
        return out;
    }

    /**
     * CSV rows after a header row, as objects keyed by the header's names. A row whose cell count
     * differs from the header's is reported and left out. Ordinals restart at 1 after the header.
     */
    static List<Row> withHeader(Input in, List<Row> rows) {
        List<Row> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = new ArrayList<>();
        rows.get(0).node().forEach(c -> header.add(c.asText().strip()));
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (!seen.add(h)) {
                in.out().unreadable(rows.get(0).line(), "the header names column \"" + h + "\" twice");
                return out;
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.node().size() != header.size()) {
                in.out().unreadable(r.line(), "row has " + r.node().size() + " cells, the header has " + header.size());
                continue;
            }
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (int c = 0; c < header.size(); c++) {
                o.put(header.get(c), r.node().get(c).asText());
            }
            out.add(new Row(r.line(), i, null, o));
        }
        return out;
    }

    /** The records of one JSON document: the elements of an array, or the values of an object keyed by id. */
    static List<Row> jsonDocument(Input in) {
        List<Row> out = new ArrayList<>();
        int ordinal = 0;
        int line = 1;
        try (JsonParser p = Mappers.json().createParser(in.text())) {
            JsonToken root = p.nextToken();
            boolean keyed = root == JsonToken.START_OBJECT;
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
                String key = null;
                if (keyed) {
                    key = p.currentName();
                    t = p.nextToken();
                }
                line = p.currentTokenLocation().getLineNr();
                JsonNode n = p.readValueAsTree();
                ordinal++;
                if (n == null || !n.isObject()) {
                    in.out().unreadable(line, (key == null ? "" : "\"" + key + "\": ")
                            + "expected a JSON object, was " + Fields.kind(n));
                } else {
                    out.add(new Row(line, ordinal, key, n));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int at = loc != null && loc.getLineNr() > 0 ? loc.getLineNr() : line;
            in.out().unreadable(at, "not valid JSON: " + Files2.firstLine(e.getOriginalMessage())
                    + "; the rest of the file was not read");
        } catch (IOException e) {
            in.out().unreadable(line, "cannot read: " + e.getMessage());
        }
        return out;
    }
}
