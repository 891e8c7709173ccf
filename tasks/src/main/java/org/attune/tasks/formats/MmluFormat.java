package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * MMLU in its three common layouts: the original header-less CSV ({@code question,A,B,C,D,letter}),
 * a CSV with a header and a 0-3 answer index ({@code question,choice0..choice3,answer}), and JSON
 * lines ({@code {question, choices[], answer: 0-3 or letter, subject|type}}). The subject comes from
 * the record or the file name ({@code anatomy_test.csv}) and decides the domain.
 */
final class MmluFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType type) {
        String fileSubject = subjectOfFile(in.stem());
        if (in.isCsv()) {
            List<Row> rows = in.rows();
            boolean header = !rows.isEmpty() && hasHeader(rows.get(0).node());
            for (Row r : header ? Records.withHeader(in, rows) : rows) {
                in.out().add(r.line(), Domains.ofSubject(fileSubject), () -> header ? headed(r, fileSubject) : original(r, fileSubject));
            }
        } else {
            for (Row r : in.rows()) {
                JsonNode n = r.node();
                String subject = Fields.has(n, "subject") ? n.get("subject").asText()
                        : Fields.has(n, "type") ? n.get("type").asText() : fileSubject;
                in.out().add(r.line(), Domains.ofSubject(subject), () -> json(r, subject));
            }
        }
        String title = fileSubject == null ? "" : " " + fileSubject.replace('_', ' ');
        return new Meta("MMLU" + title + " (" + in.path().getFileName() + ")",
                in.out().majorityDomain(Domains.ofSubject(fileSubject)));
    }

    /** {@code anatomy_test} -> anatomy; {@code mmlu_stem_test_first200} -> null (no single subject). */
    static String subjectOfFile(String stem) {
        String s = stem.replaceAll("(?i)_originalformat", "").replaceAll("_first\\d+$", "")
                .replaceAll("_(test|dev|val|validation|train)$", "");
        return s.startsWith("mmlu") ? null : s;
    }

    static boolean hasHeader(JsonNode first) {
        return first.size() > 0 && first.get(0).asText().strip().equalsIgnoreCase("question");
    }

    static Item original(Row r, String subject) {
        JsonNode n = r.node();
        if (n.size() != 6) {
            throw new BadRecord("expected 6 cells (question, 4 options, answer letter), found " + n.size());
        }
        List<String> options = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            options.add(cell(n, i));
        }
        String gold = Golds.choice(n.get(5), "answer (column 6)", options, false);
        return item(r, subject, cell(n, 0), options, gold);
    }

    static Item headed(Row r, String subject) {
        JsonNode n = r.node();
        List<String> options = new ArrayList<>();
        for (String[] names : new String[][] {{"choice0", "A"}, {"choice1", "B"}, {"choice2", "C"}, {"choice3", "D"}}) {
            String f = Fields.firstPresent(n, names);
            if (f == null) {
                throw new BadRecord(names[0] + ": is missing (the header needs choice0..choice3 or A..D)");
            }
            options.add(Fields.text(n, f));
        }
        return item(r, subject, Fields.text(n, "question"), options, Golds.choice(n.get("answer"), "answer", options, false));
    }

    static Item json(Row r, String subject) {
        JsonNode n = r.node();
        List<String> options = Fields.strings(n, "choices", 2);
        return item(r, subject, Fields.text(n, "question"), options, Golds.choice(n.get("answer"), "answer", options, false));
    }

    private static String cell(JsonNode n, int i) {
        String s = n.get(i).asText().strip();
        if (s.isEmpty()) {
            throw new BadRecord("cell " + (i + 1) + ": is empty");
        }
        return s;
    }

    private static Item item(Row r, String subject, String question, List<String> options, String gold) {
        String prefix = subject == null ? "mmlu" : "mmlu-" + subject.replace('_', '-');
        return new Item(ItemIds.derived(prefix, r.ordinal()), question, options, gold, List.of(), null,
                "benchmark:mmlu", subject == null ? List.of() : List.of(subject));
    }
}
