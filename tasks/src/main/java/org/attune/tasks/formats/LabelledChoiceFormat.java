package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * Choice records whose options carry their own labels and whose gold is an {@code answerKey}:
 * ARC in AI2's layout ({@code {id, question: {stem, choices: [{text, label}]}, answerKey}}) and
 * CommonsenseQA, both in AllenAI's nested layout and as exported from Hugging Face
 * ({@code {id, question, choices: {label: [...], text: [...]}, answerKey}}).
 */
final class LabelledChoiceFormat implements Format {
    private final String prefix;
    private final String title;
    private final String domain;

    LabelledChoiceFormat(String prefix, String title, String domain) {
        this.prefix = prefix;
        this.title = title;
        this.domain = domain;
    }

    @Override
    public Meta read(Input in, AnswerType type) {
        for (Row r : in.rows()) {
            in.out().add(r.line(), () -> item(r));
        }
        return new Meta(title + " (" + in.path().getFileName() + ")", domain);
    }

    Item item(Row r) {
        JsonNode n = r.node();
        JsonNode q = n.get("question");
        String stem;
        JsonNode choices;
        if (q != null && q.isObject()) {
            stem = Fields.text(q, "stem");
            choices = q.get("choices");
            if (choices == null) {
                choices = n.get("choices");
            }
        } else {
            stem = Fields.text(n, "question");
            choices = n.get("choices");
        }
        if (choices == null || choices.isNull()) {
            throw new BadRecord("choices: is missing");
        }
        List<String> labels = new ArrayList<>();
        List<String> options = new ArrayList<>();
        if (choices.isArray()) {
            for (int i = 0; i < choices.size(); i++) {
                JsonNode c = choices.get(i);
                if (c == null || !c.isObject()) {
                    throw new BadRecord("choices[" + i + "]: expected an object with label and text, was " + Fields.kind(c));
                }
                labels.add(Fields.text(c, "label"));
                options.add(Fields.text(c, "text"));
            }
        } else if (choices.isObject()) {
            labels.addAll(Fields.strings(choices, "label", 2));
            options.addAll(Fields.strings(choices, "text", 2));
            if (labels.size() != options.size()) {
                throw new BadRecord("choices: " + labels.size() + " labels but " + options.size() + " texts");
            }
        } else {
            throw new BadRecord("choices: expected a list or an object, was " + Fields.kind(choices));
        }
        if (options.size() < 2) {
            throw new BadRecord("choices: needs at least 2 options, has " + options.size());
        }
        String gold = Golds.letterOfLabel(Fields.text(n, "answerKey"), labels, "answerKey");
        String concept = q != null && q.isObject() ? Fields.optText(q, "question_concept") : Fields.optText(n, "question_concept");
        return new Item(ItemIds.of(prefix, Fields.optText(n, "id"), r.ordinal()), stem, options, gold, List.of(), null,
                "benchmark:" + prefix, concept == null ? List.of() : List.of(concept));
    }
}
