package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * Hendrycks MATH and MATH-500 JSON lines: {@code {problem, solution, answer?, level, type|subject,
 * unique_id|idx}}. The gold answer is the {@code answer} field, else the last {@code \boxed{}} of
 * the solution.
 */
final class MathFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType type) {
        boolean five = in.stem().contains("500");
        for (Row r : in.rows()) {
            in.out().add(r.line(), () -> item(r, type, five ? "math500" : "math"));
        }
        return new Meta((five ? "MATH-500" : "MATH") + " competition math (" + in.path().getFileName() + ")", "math");
    }

    static Item item(Row r, AnswerType type, String prefix) {
        JsonNode n = r.node();
        String problem = Fields.text(n, Fields.has(n, "problem") ? "problem" : "question");
        String solution = Fields.optText(n, "solution");
        String gold;
        if (Fields.has(n, "answer")) {
            gold = Fields.text(n, "answer");
        } else if (solution == null) {
            throw new BadRecord("answer: is missing, and there is no solution to take a \\boxed{} answer from");
        } else {
            gold = Boxed.last(solution);
            if (gold == null) {
                throw new BadRecord("solution: has no \\boxed{} answer (and there is no answer field)");
            }
        }
        if (type == AnswerType.NUMBER) {
            gold = Golds.number(gold, "answer");
        }
        String raw = Fields.optText(n, "unique_id");
        if (raw == null && Fields.has(n, "idx")) {
            raw = prefix + "-" + Fields.text(n, "idx");
        }
        if (raw != null) {
            raw = raw.replaceFirst("^test/", prefix + "-").replaceFirst("^train/", prefix + "-train-");
        }
        List<String> tags = new ArrayList<>();
        String subject = Fields.optText(n, Fields.has(n, "subject") ? "subject" : "type");
        if (subject != null) {
            tags.add(subject);
        }
        String level = Fields.optText(n, "level");
        if (level != null) {
            tags.add(level.startsWith("Level") ? level : "Level " + level);
        }
        return new Item(ItemIds.of(prefix, raw, r.ordinal()), problem, List.of(), gold, List.of(),
                Solutions.withAnswer(solution, gold, type), "benchmark:" + prefix, tags);
    }
}
