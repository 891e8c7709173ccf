package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * AIME problems: the CSV compilation ({@code ID,Year,Problem Number,Question,Answer,Part}) and
 * JSON lines ({@code {id, problem|question, answer (string, integer or float), solution?}}).
 */
final class AimeFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType type) {
        List<Row> rows = in.isCsv() ? Records.withHeader(in, in.rows()) : in.rows();
        for (Row r : rows) {
            in.out().add(r.line(), () -> item(r, type));
        }
        return new Meta("AIME (" + in.path().getFileName() + ")", "math");
    }

    static Item item(Row r, AnswerType type) {
        JsonNode n = r.node();
        String qField = Fields.firstPresent(n, "problem", "Question", "question");
        if (qField == null) {
            throw new BadRecord("problem: is missing (looked for problem, question, Question)");
        }
        String question = Fields.text(n, qField);
        String aField = Fields.has(n, "answer") ? "answer" : "Answer";
        String gold = type == AnswerType.NUMBER ? Golds.number(n.get(aField), aField) : Fields.text(n, aField);
        String idField = Fields.firstPresent(n, "ID", "id");
        String raw = idField == null ? null : Fields.text(n, idField);
        List<String> tags = new ArrayList<>();
        for (String f : List.of("Year", "Part")) {
            String v = Fields.optText(n, f);
            if (v != null) {
                tags.add(f.toLowerCase(java.util.Locale.ROOT) + ":" + v);
            }
        }
        String solution = Solutions.withAnswer(Fields.optText(n, "solution"), gold, type);
        return new Item(ItemIds.of("aime", raw, r.ordinal()), question, List.of(), gold, List.of(), solution,
                "benchmark:aime", tags);
    }
}
