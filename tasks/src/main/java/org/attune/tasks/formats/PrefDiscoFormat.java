package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.tasks.AnswerType;
import org.attune.tasks.Item;

/**
 * PrefDisco benchmark records as JSON lines: a first {@code {"type": "metadata", ...}} line, then
 * {@code personalized_problem} records with {@code original_problem} (text, or an object with the
 * question, answer and choices), {@code persona} (text or an object), {@code persona_preferences}
 * ({@code name, description, value, local_importance, ...}) and
 * {@code evaluation_rubric.evaluation_criteria} ({@code preference, description, weight, levels}
 * scored 1/3/5). Each item keeps its persona and rubric as a {@link PrefDiscoItem}.
 */
final class PrefDiscoFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType requested) {
        List<Row> rows = in.rows();
        JsonNode meta = null;
        List<Row> problems = new ArrayList<>();
        for (Row r : rows) {
            if ("metadata".equals(r.node().path("type").asText())) {
                if (meta != null || r != rows.get(0)) {
                    in.out().unreadable(r.line(), "a metadata record may only come first, once");
                } else {
                    meta = r.node();
                }
            } else {
                problems.add(r);
            }
        }
        if (meta == null) {
            in.out().fileProblem("has no {\"type\": \"metadata\"} first line; reading the records anyway");
        }
        AnswerType type = requested != null ? requested : infer(meta, problems);
        for (Row r : problems) {
            int ordinal = meta != null ? r.ordinal() - 1 : r.ordinal();
            Item item = in.out().add(r.line(), () -> item(r.node(), ordinal, type));
            if (item != null) {
                in.out().personalized(personalization(item.id(), r.node()));
            }
        }
        String dataset = meta == null ? null : firstText(meta, "dataset", "source_dataset", "benchmark");
        String name = meta == null ? null : firstText(meta, "name", "benchmark", "dataset");
        return new Meta("PrefDisco " + (name == null ? "" : name + " ") + "(" + in.path().getFileName() + ")",
                domainOf(meta == null ? null : firstText(meta, "domain"), dataset), type);
    }

    static String firstText(JsonNode n, String... fields) {
        String f = Fields.firstPresent(n, fields);
        return f == null || !n.get(f).isValueNode() ? null : n.get(f).asText();
    }

    static String domainOf(String declared, String dataset) {
        if (declared != null && Domains.ALL.contains(declared)) {
            return declared;
        }
        String d = dataset == null ? "" : dataset.toLowerCase(Locale.ROOT);
        if (d.matches(".*(gsm|math|aime).*")) {
            return "math";
        }
        if (d.contains("logi")) {
            return "logic";
        }
        if (d.contains("med")) {
            return "medicine";
        }
        if (d.contains("commonsense")) {
            return "commonsense";
        }
        if (d.contains("social")) {
            return "social";
        }
        if (d.contains("truthful") || d.contains("simpleqa")) {
            return "factual";
        }
        return d.matches(".*(arc|science|gpqa|sci).*") ? "science" : "knowledge";
    }

    static AnswerType infer(JsonNode meta, List<Row> rows) {
        String declared = meta == null ? null : firstText(meta, "answer_type", "answerType");
        if (declared != null && AnswerType.fromId(declared.toLowerCase(Locale.ROOT)) != null) {
            return AnswerType.fromId(declared.toLowerCase(Locale.ROOT));
        }
        boolean anyAnswer = false;
        boolean allNumbers = true;
        for (Row r : rows) {
            JsonNode p = r.node().path("original_problem");
            if (p.isObject() && Fields.firstPresent(p, "choices", "options") != null) {
                return AnswerType.CHOICE;
            }
            JsonNode a = answerNode(r.node());
            if (a != null) {
                anyAnswer = true;
                try {
                    Golds.number(a, "answer");
                } catch (BadRecord e) {
                    allNumbers = false;
                }
            }
        }
        return !anyAnswer ? AnswerType.OPEN : allNumbers ? AnswerType.NUMBER : AnswerType.TEXT;
    }

    static JsonNode answerNode(JsonNode n) {
        JsonNode p = n.path("original_problem");
        for (JsonNode holder : List.of(p, n)) {
            if (holder.isObject()) {
                String f = Fields.firstPresent(holder, "answer", "gold_answer", "ground_truth", "correct_answer");
                if (f != null) {
                    return holder.get(f);
                }
            }
        }
        return null;
    }

    static Item item(JsonNode n, int ordinal, AnswerType type) {
        String t = n.path("type").asText("personalized_problem");
        if (!t.equals("personalized_problem")) {
            throw new BadRecord("type: expected personalized_problem, was \"" + Golds.shorten(t) + "\"");
        }
        JsonNode p = n.get("original_problem");
        if (p == null || p.isNull()) {
            throw new BadRecord("original_problem: is missing");
        }
        String question;
        List<String> options = List.of();
        if (p.isTextual()) {
            question = Fields.text(n, "original_problem");
        } else if (p.isObject()) {
            String qf = Fields.firstPresent(p, "question", "problem", "text", "prompt");
            if (qf == null) {
                throw new BadRecord("original_problem: has no question (looked for question, problem, text, prompt)");
            }
            question = Fields.text(p, qf);
            String cf = Fields.firstPresent(p, "choices", "options");
            if (cf != null) {
                options = GenericFormat.choices(p, cf);
            }
        } else {
            throw new BadRecord("original_problem: expected a string or an object, was " + Fields.kind(p));
        }
        JsonNode a = answerNode(n);
        String answer = null;
        if (type == AnswerType.CHOICE) {
            if (options.isEmpty()) {
                throw new BadRecord("original_problem.choices: a choice item needs its options");
            }
            answer = Golds.choice(a, "answer", options, false, true);
        } else if (type == AnswerType.NUMBER) {
            answer = Golds.number(a, "answer");
        } else if (type != AnswerType.OPEN) {
            if (a == null || !a.isValueNode() || a.asText().isBlank()) {
                throw new BadRecord("answer: is missing or not a string");
            }
            answer = a.asText().strip();
        }
        personalization("x", n); // validate persona and rubric before the item counts as loaded
        String raw = firstText(n, "problem_id", "id", "uid");
        return new Item(ItemIds.of("prefdisco", raw, ordinal), question, options, answer, List.of(), null,
                "benchmark:prefdisco", List.of());
    }

    /** The persona text and rubric of one record; a missing or malformed part is a {@link BadRecord}. */
    static PrefDiscoItem personalization(String itemId, JsonNode n) {
        String persona = personaText(n.get("persona"));
        Map<String, JsonNode> prefs = new HashMap<>();
        JsonNode pp = n.get("persona_preferences");
        if (pp != null && !pp.isNull()) {
            if (!pp.isArray()) {
                throw new BadRecord("persona_preferences: expected a list, was " + Fields.kind(pp));
            }
            for (int i = 0; i < pp.size(); i++) {
                JsonNode e = pp.get(i);
                if (!e.isObject()) {
                    throw new BadRecord("persona_preferences[" + i + "]: expected an object, was " + Fields.kind(e));
                }
                prefs.put(Fields.text(e, "name"), e);
            }
        }
        JsonNode rubric = Fields.object(n, "evaluation_rubric");
        JsonNode crit = rubric.get("evaluation_criteria");
        if (crit == null || !crit.isArray() || crit.isEmpty()) {
            throw new BadRecord("evaluation_rubric.evaluation_criteria: expected a non-empty list, was " + Fields.kind(crit));
        }
        List<PrefDiscoItem.Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < crit.size(); i++) {
            criteria.add(criterion(crit.get(i), "evaluation_rubric.evaluation_criteria[" + i + "]", prefs));
        }
        return new PrefDiscoItem(itemId, persona, criteria);
    }

    static String personaText(JsonNode p) {
        if (p == null || p.isNull()) {
            throw new BadRecord("persona: is missing");
        }
        if (p.isTextual() && !p.asText().isBlank()) {
            return p.asText().strip();
        }
        if (!p.isObject()) {
            throw new BadRecord("persona: expected a text or an object, was " + Fields.kind(p));
        }
        StringBuilder sb = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> it = p.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode() && !e.getValue().asText().isBlank()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(e.getKey().replace('_', ' ')).append(": ")
                        .append(e.getValue().asText().strip());
            }
        }
        if (sb.length() == 0) {
            throw new BadRecord("persona: has no text");
        }
        return sb.toString();
    }

    static PrefDiscoItem.Criterion criterion(JsonNode c, String at, Map<String, JsonNode> prefs) {
        if (c == null || !c.isObject()) {
            throw new BadRecord(at + ": expected an object, was " + Fields.kind(c));
        }
        String name;
        try {
            name = Fields.text(c, "preference");
        } catch (BadRecord e) {
            throw new BadRecord(at + "." + e.getMessage());
        }
        JsonNode w = c.get("weight");
        if (w == null || !w.isNumber() || !(w.doubleValue() > 0)) {
            throw new BadRecord(at + ".weight: expected a positive number, was " + Fields.kind(w) + Golds.quote(w));
        }
        Map<Integer, String> anchors = new LinkedHashMap<>();
        JsonNode levels = c.get("levels");
        if (levels != null && levels.isArray()) {
            for (JsonNode l : levels) {
                JsonNode s = l.get("score");
                String d = Fields.firstPresent(l, "description", "text", "criteria");
                if (s != null && s.canConvertToInt() && d != null) {
                    anchors.put(s.asInt(), l.get(d).asText().strip());
                }
            }
        } else if (levels != null && levels.isObject()) {
            levels.fields().forEachRemaining(e -> {
                if (e.getKey().matches("\\d") && e.getValue().isValueNode()) {
                    anchors.put(Integer.parseInt(e.getKey()), e.getValue().asText().strip());
                }
            });
        }
        for (int s : new int[] {1, 3, 5}) {
            if (anchors.get(s) == null || anchors.get(s).isEmpty()) {
                throw new BadRecord(at + ".levels: needs a description at score " + s);
            }
        }
        anchors.keySet().retainAll(List.of(1, 3, 5));
        JsonNode pref = prefs.get(name);
        String value = pref == null ? null : firstText(pref, "value");
        Double importance = pref != null && pref.path("local_importance").isNumber()
                ? pref.get("local_importance").doubleValue() : null;
        String description = Fields.optText(c, "description");
        if (description == null && pref != null) {
            description = Fields.optText(pref, "description");
        }
        return new PrefDiscoItem.Criterion(criterionId(name), name, description == null ? name : description, value,
                importance, w.doubleValue(), anchors);
    }

    /** {@code "Step-by-step Detail"} -> {@code pd-step-by-step-detail}. */
    static String criterionId(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            s = "criterion";
        }
        return "pd-" + (s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s);
    }
}
