package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * ScienceQA's {@code problems.json}: one object keyed by problem id, each
 * {@code {question, choices[], answer: 0-based index, hint, image, subject, topic, solution, split}}.
 * A problem that refers to an image is reported and left out: Attune's episodes are text only.
 */
final class ScienceQaFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType type) {
        for (Row r : in.rows()) {
            JsonNode n = r.node();
            String subject = Fields.has(n, "subject") ? n.get("subject").asText() : null;
            in.out().add(r.line(), Domains.ofSubject(subject), () -> {
                try {
                    return item(r);
                } catch (BadRecord e) {
                    // the file is often one line: the problem id says which record
                    throw new BadRecord("problem \"" + r.key() + "\": " + e.getMessage());
                }
            });
        }
        return new Meta("ScienceQA (" + in.path().getFileName() + ")", in.out().majorityDomain("science"));
    }

    static Item item(Row r) {
        JsonNode n = r.node();
        String image = Fields.optText(n, "image");
        if (image != null) {
            throw new BadRecord("refers to an image (" + Golds.shorten(image) + "), which a text-only episode cannot show");
        }
        List<String> options = Fields.strings(n, "choices", 2);
        String gold = Golds.choice(n.get("answer"), "answer", options, false);
        String hint = Fields.optText(n, "hint");
        String question = Fields.text(n, "question");
        List<String> tags = new ArrayList<>();
        for (String f : List.of("subject", "topic", "split")) {
            String v = Fields.optText(n, f);
            if (v != null) {
                tags.add(v);
            }
        }
        return new Item(ItemIds.of("scienceqa", r.key(), r.ordinal()), hint == null ? question : hint + "\n\n" + question,
                options, gold, List.of(), Solutions.withAnswer(Fields.optText(n, "solution"), gold, AnswerType.CHOICE),
                "benchmark:scienceqa", tags);
    }
}
