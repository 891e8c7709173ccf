package org.attune.runners.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.attune.personas.util.Files2;

/**
 * The labeled questions of {@code attune/user/questions.tsv}: {@code question<TAB>expected}, where
 * expected is an attribute id, several ids joined by '+', {@code task} or {@code none}. Rows are
 * split into a tuning and a held-out half by alternating within each label group, in file order.
 */
record LabeledQuestions(List<Row> rows) {
    static final String RESOURCE = QuestionExamples.RESOURCE;
    static final String TASK = "task";
    static final String NONE = "none";
    static final String MULTI = "multi";

    /**
     * @param expected the canonical label: sorted ids joined by '+', or task / none
     * @param group    the label for single targets, else {@value #MULTI}
     */
    record Row(int line, String question, String expected, String group, boolean tuning) {
        List<String> ids() {
            return expected.equals(TASK) || expected.equals(NONE) ? List.of() : Arrays.asList(expected.split("\\+"));
        }
    }

    static LabeledQuestions load() {
        return load(RESOURCE);
    }

    static LabeledQuestions load(String resource) {
        String text = Files2.readResource(resource);
        String[] lines = text.split("\\R");
        if (!lines[0].equals("question\texpected")) {
            throw new IllegalStateException(resource + ":1: header must be question<TAB>expected");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalStateException(resource + ":" + (i + 1) + ": expected question<TAB>expected");
            }
            String expected = canonical(f[1].strip());
            String group = expected.contains("+") ? MULTI : expected;
            int n = seen.merge(group, 1, Integer::sum);
            rows.add(new Row(i + 1, f[0].strip(), expected, group, n % 2 == 1));
        }
        return new LabeledQuestions(List.copyOf(rows));
    }

    /** Sorted, de-duplicated ids joined by '+', so that label order never matters. */
    static String canonical(String label) {
        if (label.equals(TASK) || label.equals(NONE)) {
            return label;
        }
        return String.join("+", new TreeSet<>(Arrays.asList(label.split("\\+"))));
    }

    List<Row> half(boolean tuning) {
        return rows.stream().filter(r -> r.tuning() == tuning).toList();
    }
}
