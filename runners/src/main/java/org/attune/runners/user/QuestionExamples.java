package org.attune.runners.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.personas.util.Files2;

/**
 * Labelled example questions ({@value #RESOURCE}: {@code question<TAB>label}, label an attribute id,
 * several joined by '+', {@code task} or {@code none}): phrasings beyond the catalog's questionHints
 * that the matcher uses as more texts of an attribute, as task prototypes and as small-talk prototypes.
 * Rows with several ids are not used. Attributes absent from the catalog are ignored.
 */
record QuestionExamples(Map<String, List<String>> byLabel) {
    static final String RESOURCE = "attune/user/question-examples.tsv";
    static final String TASK = "task";
    static final String NONE = "none";

    static QuestionExamples load() {
        Map<String, List<String>> m = new HashMap<>();
        String[] lines = Files2.readResource(RESOURCE).split("\\R");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                if (!lines[i].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected question<TAB>label");
                }
                continue;
            }
            String label = f[1].strip();
            if (!label.contains("+")) {
                m.computeIfAbsent(label, k -> new ArrayList<>()).add(f[0].strip());
            }
        }
        return new QuestionExamples(Map.copyOf(m));
    }

    List<String> forAttribute(String id) {
        return byLabel.getOrDefault(id, List.of());
    }

    List<String> task() {
        return forAttribute(TASK);
    }

    List<String> offTopic() {
        return forAttribute(NONE);
    }
}
