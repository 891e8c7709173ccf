package org.attune.evaluator.rules;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared folder of public benchmark files (PREAMBLE): property {@code attune.realdata}, else
 * {@code ../shared/realdata} beside the project root; env ATTUNE_REALDATA overrides both. Tests
 * skip when it is absent, unless CI is "true", where they fail.
 */
final class RealData {
    private RealData() {
    }

    static Path dir() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("ATTUNE_REALDATA");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        String prop = System.getProperty("attune.realdata");
        if (prop != null) {
            candidates.add(Path.of(prop));
        }
        String root = System.getProperty("attune.root", "..");
        candidates.add(Path.of(root).resolve("../shared/realdata"));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("real benchmark data not found at " + candidates);
        }
        assumeTrue(false, "real benchmark data absent: " + candidates);
        return null;
    }

    /** The text field of the first n lines of a JSONL file. */
    static List<String> jsonl(String file, String field, int n) {
        Path p = dir().resolve(file);
        ObjectMapper om = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(p)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = om.readTree(line);
                if (node.hasNonNull(field)) {
                    out.add(node.get(field).asText());
                }
                if (out.size() >= n) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
