package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * TruthfulQA's CSV ({@code Type,Category,Question,Best Answer,Correct Answers,Incorrect Answers,Source};
 * answer lists separated by semicolons). As text (the default) the gold is the best answer and
 * every listed correct answer is an alias; as choice the options are the best answer among the
 * incorrect ones, at a position fixed by the record so the gold is not always A.
 */
final class TruthfulQaFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType type) {
        for (Row r : Records.withHeader(in, in.rows())) {
            in.out().add(r.line(), () -> item(r, type));
        }
        return new Meta("TruthfulQA (" + in.path().getFileName() + ")", "factual");
    }

    static List<String> split(String list) {
        return Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static Item item(Row r, AnswerType type) {
        JsonNode n = r.node();
        String question = Fields.text(n, "Question");
        String best = Fields.text(n, "Best Answer");
        List<String> tags = new ArrayList<>();
        String category = Fields.optText(n, "Category");
        if (category != null) {
            tags.add(category);
        }
        String id = ItemIds.derived("truthfulqa", r.ordinal());
        if (type == AnswerType.CHOICE) {
            List<String> wrong = new ArrayList<>(split(Fields.text(n, "Incorrect Answers")));
            wrong.remove(best);
            if (wrong.isEmpty()) {
                throw new BadRecord("Incorrect Answers: needs at least one answer for a choice item");
            }
            List<String> options = new ArrayList<>(wrong.subList(0, Math.min(wrong.size(), 4)));
            int at = Math.floorMod(question.hashCode(), options.size() + 1);
            options.add(at, best);
            return new Item(id, question, options, Item.letter(at), List.of(), null, "benchmark:truthfulqa", tags);
        }
        List<String> aliases = new ArrayList<>(split(Fields.optText(n, "Correct Answers") == null ? ""
                : Fields.text(n, "Correct Answers")));
        aliases.remove(best);
        return new Item(id, question, List.of(), best, aliases, null, "benchmark:truthfulqa", tags);
    }
}
