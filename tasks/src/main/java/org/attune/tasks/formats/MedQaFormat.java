package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * MedQA (USMLE) JSON lines: {@code {question, options: {A: .., B: ..}, answer_idx: letter, answer: text,
 * meta_info}}. Options are taken in letter order; the gold is {@code answer_idx}, else the option
 * whose text equals {@code answer}.
 */
final class MedQaFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType type) {
        for (Row r : in.rows()) {
            in.out().add(r.line(), () -> item(r));
        }
        return new Meta("MedQA USMLE (" + in.path().getFileName() + ")", "medicine");
    }

    static Item item(Row r) {
        JsonNode n = r.node();
        JsonNode opts = Fields.object(n, "options");
        Map<String, String> byLetter = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = opts.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            byLetter.put(e.getKey().strip().toUpperCase(java.util.Locale.ROOT), Fields.text(opts, e.getKey()));
        }
        if (byLetter.size() < 2) {
            throw new BadRecord("options: needs at least 2 options, has " + byLetter.size());
        }
        List<String> labels = new ArrayList<>(byLetter.keySet());
        List<String> options = new ArrayList<>(byLetter.values());
        String gold;
        if (Fields.has(n, "answer_idx")) {
            gold = Golds.letterOfLabel(Fields.text(n, "answer_idx"), labels, "answer_idx");
            String text = Fields.optText(n, "answer");
            if (text != null && !options.get(gold.charAt(0) - 'A').strip().equals(text)) {
                throw new BadRecord("answer_idx " + gold + " names \"" + Golds.shorten(options.get(gold.charAt(0) - 'A'))
                        + "\" but answer says \"" + Golds.shorten(text) + "\"");
            }
        } else {
            gold = Golds.choice(n.get("answer"), "answer", options, false, true);
        }
        String meta = Fields.optText(n, "meta_info");
        return new Item(ItemIds.of("medqa", Fields.optText(n, "id"), r.ordinal()), Fields.text(n, "question"), options,
                gold, List.of(), null, "benchmark:medqa", meta == null ? List.of() : List.of(meta));
    }
}
