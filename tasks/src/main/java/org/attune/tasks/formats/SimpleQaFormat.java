package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/** SimpleQA short factual questions as JSON lines: {@code {id, problem, target|answer, sources?}}. */
final class SimpleQaFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType type) {
        for (Row r : in.rows()) {
            in.out().add(r.line(), () -> item(r));
        }
        return new Meta("SimpleQA (" + in.path().getFileName() + ")", "factual");
    }

    static Item item(Row r) {
        JsonNode n = r.node();
        String answer = Fields.text(n, Fields.has(n, "target") ? "target" : "answer");
        return new Item(ItemIds.of("simpleqa", Fields.optText(n, "id"), r.ordinal()), Fields.text(n, "problem"), List.of(),
                answer, List.of(), null, "benchmark:simpleqa", List.of());
    }
}
