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
 * Any JSON lines, JSON array or CSV (with a header) file, read through a field mapping: each
 * target ({@code question}, {@code answer}, {@code choices}, ...) comes from the field named by
 * {@code --map}, else from the first usual name present. Choices may be a list, an object keyed by
 * letter, {@code {label: [..], text: [..]}}, a list of {@code {label, text}}, or for CSV several
 * columns joined with {@code |}. A choice answer may be a letter, a 0-based index or the option text.
 */
final class GenericFormat implements Format {
    static final Map<String, List<String>> USUAL = Map.of(
            "id", List.of("id", "ID", "uid", "qid", "question_id"),
            "question", List.of("question", "problem", "prompt", "input", "query", "Question", "Problem"),
            "context", List.of("context", "passage"),
            "answer", List.of("answer", "target", "gold", "label", "output", "answerKey", "Answer"),
            "choices", List.of("choices", "options", "Choices", "Options"),
            "aliases", List.of("aliases", "alias"),
            "solution", List.of("solution", "explanation", "rationale"),
            "domain", List.of());

    @Override
    public Meta read(Input in, AnswerType requested) {
        List<Row> rows = in.isCsv() ? Records.withHeader(in, in.rows()) : in.rows();
        Map<String, String> map = in.options().mapping();
        AnswerType type = requested != null ? requested : infer(rows, map);
        String prefix = ItemIds.setId(in.stem());
        for (Row r : rows) {
            String domainField = map.get("domain");
            String domain = domainField != null && Fields.has(r.node(), domainField) ? r.node().get(domainField).asText() : null;
            in.out().add(r.line(), domain, () -> item(r, map, type, prefix));
        }
        String fallback = type == AnswerType.NUMBER || type == AnswerType.EXPRESSION ? "math" : "knowledge";
        return new Meta(in.path().getFileName().toString(), in.out().majorityDomain(fallback), type);
    }

    /** The field a target is read from in this record: the mapped one, else the first usual name present. */
    static String field(JsonNode n, Map<String, String> map, String target) {
        String mapped = map.get(target);
        if (mapped != null) {
            return mapped;
        }
        return Fields.firstPresent(n, USUAL.get(target).toArray(String[]::new));
    }

    static AnswerType infer(List<Row> rows, Map<String, String> map) {
        if (rows.isEmpty()) {
            return AnswerType.TEXT;
        }
        JsonNode first = rows.get(0).node();
        String choices = field(first, map, "choices");
        if (choices != null && (choices.contains("|") || Fields.has(first, choices))) {
            return AnswerType.CHOICE;
        }
        for (Row r : rows) {
            String a = field(r.node(), map, "answer");
            JsonNode v = a == null ? null : r.node().get(a);
            try {
                Golds.number(v, "answer");
            } catch (BadRecord e) {
                return AnswerType.TEXT;
            }
        }
        return AnswerType.NUMBER;
    }

    static Item item(Row r, Map<String, String> map, AnswerType type, String prefix) {
        JsonNode n = r.node();
        String qf = field(n, map, "question");
        if (qf == null) {
            throw new BadRecord("question: no field found (looked for " + String.join(", ", USUAL.get("question"))
                    + "); name it with --map question=FIELD");
        }
        String question = Fields.text(n, qf);
        String cf = field(n, map, "context");
        String context = cf == null ? null : Fields.optText(n, cf);
        if (context != null) {
            question = context + "\n\n" + question;
        }
        String af = field(n, map, "answer");
        if (af == null) {
            throw new BadRecord("answer: no field found (looked for " + String.join(", ", USUAL.get("answer"))
                    + "); name it with --map answer=FIELD");
        }
        List<String> options = List.of();
        String answer;
        if (type == AnswerType.CHOICE) {
            options = choices(n, field(n, map, "choices"));
            answer = Golds.choice(n.get(af), af, options, false, true);
        } else if (type == AnswerType.NUMBER) {
            answer = Golds.number(n.get(af), af);
        } else {
            answer = Fields.text(n, af);
        }
        List<String> aliases = new ArrayList<>();
        String alf = field(n, map, "aliases");
        if (alf != null && Fields.has(n, alf)) {
            JsonNode v = n.get(alf);
            aliases.addAll(v.isArray() ? Fields.list(v, alf, 0) : TruthfulQaFormat.split(v.asText()));
        }
        String sf = field(n, map, "solution");
        String solution = sf == null ? null : Solutions.withAnswer(Fields.optText(n, sf), answer, type);
        String idf = field(n, map, "id");
        String id = idf == null ? null : Fields.optText(n, idf);
        return new Item(ItemIds.of(prefix, id, r.ordinal()), question, options, answer, aliases, solution, null, List.of());
    }

    static List<String> choices(JsonNode n, String field) {
        if (field == null) {
            throw new BadRecord("choices: no field found (looked for choices, options); name it with --map choices=FIELD");
        }
        if (field.contains("|")) {
            List<String> out = new ArrayList<>();
            for (String col : field.split("\\|")) {
                out.add(Fields.text(n, col.strip()));
            }
            return out;
        }
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new BadRecord(field + ": is missing");
        }
        if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                out.add(Fields.text(v.get(i), "text"));
            }
            return out;
        }
        if (v.isArray()) {
            return Fields.list(v, field, 2);
        }
        if (v.isObject() && v.has("text")) {
            return Fields.list(v.get("text"), field + ".text", 2);
        }
        if (v.isObject()) {
            Map<String, String> byKey = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                byKey.put(e.getKey(), Fields.text(v, e.getKey()));
            }
            if (byKey.size() < 2) {
                throw new BadRecord(field + ": needs at least 2 options");
            }
            return new ArrayList<>(byKey.values());
        }
        throw new BadRecord(field + ": expected a list of options, was " + Fields.kind(v));
    }
}
