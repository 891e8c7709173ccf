package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * The source dataset row a PrefDisco record carries unchanged in {@code original_problem},
 * recognised by its fields and read with that dataset's index base: MATH-500
 * ({@code problem, answer, solution}), AIME ({@code Question, Answer}), LogiQA ({@code context, query,
 * options, correct_option} 0-based), SocialIQA ({@code context, question, answerA-C, label} "1"-"3"),
 * CommonsenseQA ({@code question, choices {label, text}, answerKey}), MedQA ({@code question,
 * options {A-D}, answer, answer_idx} letter), MMLU ({@code question, choices, answer} 0-based),
 * ScienceQA ({@code question, choices, answer} 0-based, {@code hint, image, lecture, solution}),
 * SimpleQA ({@code problem, answer}) and MaScQA ({@code question, correct_answer}).
 */
final class PrefDiscoSource {
    private PrefDiscoSource() {
    }

    /** What a run uses of the row; {@code used} names the row's fields that went into it. */
    record Parsed(String dataset, AnswerType type, String question, List<String> choices, String answer,
                  String solution, List<String> tags, String image, Set<String> used) {
    }

    /** Reads the row at {@code at} (its problems name fields below it); {@code requested} overrides the answer type. */
    static Parsed read(JsonNode n, String at, AnswerType requested) {
        if (n == null || n.isNull()) {
            throw new BadRecord(at + ": is missing");
        }
        if (!n.isObject()) {
            throw new BadRecord(at + ": expected an object (the source dataset's row), was " + Fields.kind(n));
        }
        try {
            return parse(n, requested);
        } catch (BadRecord e) {
            throw new BadRecord(at + "." + e.getMessage());
        }
    }

    private static Parsed parse(JsonNode n, AnswerType requested) {
        Row r = new Row(1, 1, null, n);
        String image = Fields.optText(n, "image");
        if (Fields.has(n, "Question") && Fields.has(n, "Answer")) {
            AnswerType t = pick(requested, AnswerType.NUMBER);
            String gold = t == AnswerType.NUMBER ? Golds.number(n.get("Answer"), "Answer") : Fields.text(n, "Answer");
            return of("aime", t, Fields.text(n, "Question"), List.of(), gold, null, List.of(), image,
                    "Question", "Answer");
        }
        if (Fields.has(n, "correct_option")) {
            List<String> options = Fields.strings(n, "options", 2);
            String gold = Golds.choice(n.get("correct_option"), "correct_option", options, false);
            String q = Fields.text(n, Fields.has(n, "query") ? "query" : "question");
            String context = Fields.optText(n, "context");
            return of("logiqa", AnswerType.CHOICE, context == null ? q : context + "\n\n" + q, options, gold, null,
                    List.of(), image, "context", "query", "question", "options", "correct_option");
        }
        if (Fields.has(n, "answerA")) {
            List<String> options = new ArrayList<>(List.of(Fields.text(n, "answerA"), Fields.text(n, "answerB")));
            if (Fields.has(n, "answerC")) {
                options.add(Fields.text(n, "answerC"));
            }
            String gold = Golds.choice(n.get("label"), "label", options, true); // "1".."3"
            String context = Fields.optText(n, "context");
            String q = Fields.text(n, "question");
            return of("socialiqa", AnswerType.CHOICE, context == null ? q : context + "\n\n" + q, options, gold, null,
                    List.of(), image, "context", "question", "answerA", "answerB", "answerC", "label");
        }
        if (n.path("choices").isObject() && Fields.has(n, "answerKey")) {
            Item i = new LabelledChoiceFormat("commonsenseqa", "CommonsenseQA", "commonsense").item(r);
            return of("commonsenseqa", AnswerType.CHOICE, i.question(), i.choices(), i.answer(), null, i.tags(), image,
                    "question", "choices", "answerKey", "question_concept");
        }
        if (n.path("options").isObject()) {
            Item i = MedQaFormat.item(r);
            return of("medqa", AnswerType.CHOICE, i.question(), i.choices(), i.answer(), null, i.tags(), image,
                    "question", "options", "answer", "answer_idx", "meta_info");
        }
        if (n.path("choices").isArray() && Fields.has(n, "answer")) {
            List<String> options = Fields.strings(n, "choices", 2);
            String gold = Golds.choice(n.get("answer"), "answer", options, false); // a 0-based position
            boolean science = n.has("image") || n.has("lecture") || n.has("hint");
            String q = Fields.text(n, "question");
            if (!science) {
                String subject = Fields.optText(n, "subject");
                return of("mmlu", AnswerType.CHOICE, q, options, gold, null, subject == null ? List.of() : List.of(subject),
                        image, "question", "choices", "answer", "subject");
            }
            String hint = Fields.optText(n, "hint");
            String solution = join(Fields.optText(n, "lecture"), Fields.optText(n, "solution"));
            List<String> tags = new ArrayList<>();
            for (String f : List.of("subject", "topic", "grade")) {
                String v = Fields.optText(n, f);
                if (v != null) {
                    tags.add(v);
                }
            }
            return of("scienceqa", AnswerType.CHOICE, hint == null ? q : hint + "\n\n" + q, options, gold,
                    Solutions.withAnswer(solution, gold, AnswerType.CHOICE), tags, image,
                    "question", "choices", "answer", "hint", "image", "lecture", "solution", "subject", "topic", "grade");
        }
        if (Fields.has(n, "problem") && Fields.has(n, "solution")) {
            AnswerType t = pick(requested, AnswerType.EXPRESSION);
            Item i = MathFormat.item(r, t, "math500");
            return of("math500", t, i.question(), List.of(), i.answer(), i.solution(), i.tags(), image,
                    "problem", "answer", "solution", "subject", "type", "level");
        }
        if (Fields.has(n, "problem") && Fields.firstPresent(n, "answer", "target") != null) {
            String f = Fields.firstPresent(n, "answer", "target");
            return of("simpleqa", pick(requested, AnswerType.TEXT), Fields.text(n, "problem"), List.of(), Fields.text(n, f),
                    null, List.of(), image, "problem", f);
        }
        if (Fields.has(n, "question") && Fields.has(n, "correct_answer")) {
            return of("mascqa", pick(requested, AnswerType.TEXT), Fields.text(n, "question"), List.of(),
                    Fields.text(n, "correct_answer"), null, List.of(), image, "question", "correct_answer");
        }
        String qf = Fields.firstPresent(n, "question", "problem", "text", "prompt");
        if (qf == null) {
            throw new BadRecord("question: is missing (no source dataset's fields were recognised: looked for problem,"
                    + " Question, question, query, text, prompt)");
        }
        String af = Fields.firstPresent(n, "answer", "gold_answer", "ground_truth", "correct_answer");
        AnswerType t = af == null ? AnswerType.OPEN : pick(requested, AnswerType.TEXT);
        return of("unknown", t, Fields.text(n, qf), List.of(), af == null ? null : Fields.text(n, af), null, List.of(),
                image, qf, af);
    }

    private static AnswerType pick(AnswerType requested, AnswerType natural) {
        boolean fits = requested != null && requested != AnswerType.CHOICE && requested != AnswerType.OPEN;
        return fits ? requested : natural;
    }

    private static Parsed of(String dataset, AnswerType type, String question, List<String> choices, String answer,
                             String solution, List<String> tags, String image, String... used) {
        Set<String> u = new LinkedHashSet<>();
        for (String f : used) {
            if (f != null) {
                u.add(f);
            }
        }
        u.add("image");
        return new Parsed(dataset, type, question, choices, answer, solution, tags, image, u);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "\n\n" + b;
    }
}
