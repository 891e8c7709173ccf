package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Access to the public benchmark samples in shared/realdata for tests: the folder comes from
 * the {@code attune.realdata} property, the {@code ATTUNE_REALDATA} environment variable, or
 * {@code ../shared/realdata} beside the project, whichever exists first.
 * Absent folder: the test is skipped, unless CI=true, where it fails.
 */
final class RealData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealData() {
    }

    static Path dir() {
        List<Path> candidates = new ArrayList<>();
        if (System.getProperty("attune.realdata") != null) {
            candidates.add(Path.of(System.getProperty("attune.realdata")));
        }
        // a git worktree sits elsewhere than the main checkout: let the environment say where
        if (System.getenv("ATTUNE_REALDATA") != null) {
            candidates.add(Path.of(System.getenv("ATTUNE_REALDATA")));
        }
        candidates.add(Path.of(System.getProperty("attune.root", "..")).resolve("../shared/realdata"));
        Path dir = candidates.stream().filter(Files::isDirectory).findFirst().orElse(candidates.get(0));
        if (!Files.isDirectory(dir)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("real data folder " + dir + " is missing (CI=true)");
            }
            Assumptions.abort("real data folder " + dir + " is absent");
        }
        return dir;
    }

    static Path file(String name) {
        Path f = dir().resolve(name);
        if (!Files.isRegularFile(f)) {
            fail("real data file " + f + " is missing");
        }
        return f;
    }

    static List<JsonNode> jsonl(String name) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : lines(name)) {
            if (!line.isBlank()) {
                try {
                    out.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    static JsonNode json(String name) {
        try {
            return JSON.readTree(file(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String name) {
        try {
            return Files.readAllLines(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
    static List<List<String>> csv(String name) {
        String text;
        try {
            text = Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
