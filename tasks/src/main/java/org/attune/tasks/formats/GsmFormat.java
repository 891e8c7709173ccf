package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/** GSM8K JSON lines: {@code {question, answer}} where the answer's last line is {@code #### N}. */
final class GsmFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType type) {
        for (Row r : in.rows()) {
            in.out().add(r.line(), () -> item(r, type));
        }
        return new Meta("GSM8K grade-school math (" + in.path().getFileName() + ")", "math");
    }

    static Item item(Row r, AnswerType type) {
        JsonNode n = r.node();
        String question = Fields.text(n, "question");
        String answer = Fields.text(n, "answer");
        int mark = answer.lastIndexOf("####");
        if (mark < 0) {
            throw new BadRecord("answer: has no final \"#### N\" line");
        }
        String gold = Golds.number(answer.substring(mark + 4), "answer (after ####)");
        // <<48/2=24>> are calculator annotations for training, not part of the explanation
        String reasoning = answer.substring(0, mark).replaceAll("<<[^<>]*>>", "").strip();
        String solution = Solutions.withAnswer(reasoning, gold, type);
        return new Item(ItemIds.derived("gsm8k", r.ordinal()), question, List.of(), gold, List.of(), solution,
                "benchmark:gsm8k", List.of());
    }
}
