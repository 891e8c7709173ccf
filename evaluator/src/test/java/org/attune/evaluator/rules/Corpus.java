package org.attune.evaluator.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Realistic responses for property tests: {@code corpus.txt}, entries headed "=== name". */
final class Corpus {
    private Corpus() {
    }

    static Map<String, String> load() {
        String all;
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream("attune/rules/corpus.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sb = new StringBuilder();
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (name != null) {
                    out.put(name, sb.toString().stripTrailing());
                }
                name = line.substring(4).strip();
                sb.setLength(0);
            } else {
                if (sb.length() > 0 || !line.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(line);
                }
            }
        }
        if (name != null) {
            out.put(name, sb.toString().stripTrailing());
        }
        out.put("blank", "   ");
        out.put("empty", "");
        return out;
    }
}
