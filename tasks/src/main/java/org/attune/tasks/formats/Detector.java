package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Guesses a file's format from its fields first (they are unambiguous for most benchmarks), then
 * from its name; {@code generic} when nothing matches.
 */
final class Detector {
    private Detector() {
    }

    static String detect(Input in) {
        String file = in.path().getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".txt") && LogiQaFormat.looksLikeText(in.text())) {
            return "logiqa";
        }
        if (in.isCsv()) {
            return csv(in, file);
        }
        JsonNode n = in.first();
        if (n == null) {
            return byName(file, "generic");
        }
        if ("metadata".equals(n.path("type").asText()) || n.has("persona_preferences")
                || n.has("evaluation_rubric")) {
            return "prefdisco";
        }
        if (in.isJsonDocument() && n.has("choices") && n.has("answer") && (n.has("hint") || n.has("lecture"))) {
            return "scienceqa";
        }
        JsonNode answer = n.get("answer");
        if (answer != null && answer.isTextual() && answer.asText().contains("####")) {
            return "gsm8k";
        }
        JsonNode q = n.get("question");
        if (q != null && q.isObject() && q.has("stem")) {
            return q.has("question_concept") || file.contains("commonsense") || file.contains("csqa")
                    ? "commonsenseqa" : "arc";
        }
        if (n.has("answerKey") && n.path("choices").isObject() && n.path("choices").has("label")) {
            return file.contains("arc") ? "arc" : "commonsenseqa";
        }
        if (n.has("options") && n.path("options").isObject() && (n.has("answer_idx") || n.has("meta_info"))) {
            return "medqa";
        }
        if (n.has("answerA") && n.has("answerB")) {
            return "socialiqa";
        }
        if (n.has("context") && n.has("options") && n.has("answer") && file.contains("social")) {
            return "socialiqa";
        }
        if (n.has("text") && n.has("options") && n.has("question") && n.has("answer")) {
            return "logiqa";
        }
        if (file.contains("aime")) {
            return "aime";
        }
        if (n.has("problem") && n.has("solution") && (n.has("level") || n.has("unique_id") || n.has("subject")
                || n.has("type"))) {
            return "math";
        }
        if (n.has("problem") && (n.has("target") || n.path("sources").isArray())) {
            return "simpleqa";
        }
        if (n.has("question") && n.path("choices").isArray() && n.has("answer") && (file.contains("mmlu")
                || n.has("subject") || n.path("answer").isIntegralNumber())) {
            return "mmlu";
        }
        return byName(file, "generic");
    }

    private static String csv(Input in, String file) {
        List<Row> rows = in.rows();
        if (rows.isEmpty()) {
            return byName(file, "generic");
        }
        List<String> head = new ArrayList<>();
        rows.get(0).node().forEach(c -> head.add(c.asText().strip().toLowerCase(Locale.ROOT)));
        if (head.contains("best answer") && head.contains("correct answers")) {
            return "truthfulqa";
        }
        if (head.contains("problem number") || (file.contains("aime") && head.contains("answer"))) {
            return "aime";
        }
        if (MmluFormat.hasHeader(rows.get(0).node()) && head.contains("choice0")) {
            return "mmlu";
        }
        if (head.size() == 6 && head.get(5).matches("[a-d]")) {
            return "mmlu"; // the original header-less layout: question, A-D, letter
        }
        return byName(file, "generic");
    }

    private static String byName(String file, String fallback) {
        for (String name : List.of("gsm8k", "math", "aime", "mmlu", "arc", "commonsenseqa", "medqa", "socialiqa",
                "logiqa", "truthfulqa", "scienceqa", "simpleqa", "prefdisco")) {
            if (file.contains(name)) {
                return name;
            }
        }
        return fallback;
    }
}
