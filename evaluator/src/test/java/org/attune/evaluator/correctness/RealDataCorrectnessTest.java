package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.api.AnswerType;
import org.attune.api.Correctness;
import org.attune.api.Item;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes the gold answer of every record in the public benchmark samples the way a model
 * would ("... so the answer is 18.", "\boxed{...}", "Answer: (C)", the option text) and
 * asserts the checker judges every one of them correct.
 */
class RealDataCorrectnessTest {
    private final AnswerCorrectnessChecker checker = AnswerCorrectnessChecker.create();

    /** A gold record: its type, the item and a little reasoning text to put before the answer. */
    record Gold(AnswerType type, Item item, String reasoning) {
    }

    static Stream<Arguments> files() {
        Map<String, Function<String, List<Gold>>> readers = new java.util.LinkedHashMap<>();
        readers.put("gsm8k_test.jsonl", RealDataCorrectnessTest::gsm8k);
        readers.put("math500_test.jsonl", f -> math(f, "answer"));
        readers.put("math_test_first200.jsonl", f -> math(f, null));
        readers.put("aime24_test.jsonl", f -> numbers(f, "problem", "answer"));
        readers.put("aime25_test.jsonl", f -> numbers(f, "question", "answer"));
        readers.put("aime_1983_2024_first200.csv", RealDataCorrectnessTest::aimeCsv);
        readers.put("arc_challenge_test_first200.jsonl", RealDataCorrectnessTest::arc);
        readers.put("commonsenseqa_validation_hfformat_first200.jsonl", RealDataCorrectnessTest::commonsense);
        readers.put("medqa_usmle_4options_test_first200.jsonl", RealDataCorrectnessTest::medqa);
        readers.put("mmlu_stem_test_first200.jsonl", f -> indexed(f, "question", "choices", "answer"));
        readers.put("logiqa2_test_first200.jsonl", f -> indexed(f, "question", "options", "answer"));
        readers.put("logiqa_test_first200.txt", RealDataCorrectnessTest::logiqa);
        readers.put("socialiqa_dev_first200.jsonl", RealDataCorrectnessTest::socialiqa);
        readers.put("socialiqa_dev_optionsformat_first200.jsonl", RealDataCorrectnessTest::socialiqaOptions);
        readers.put("scienceqa/problems_150subset.json", RealDataCorrectnessTest::scienceqa);
        for (String m : List.of("abstract_algebra_dev", "abstract_algebra_test", "anatomy_test",
                "college_medicine_test", "formal_logic_test", "global_facts_test", "high_school_mathematics_test",
                "high_school_us_history_test")) {
            readers.put("mmlu/" + m + ".csv", RealDataCorrectnessTest::mmluIndexed);
        }
        readers.put("mmlu/high_school_chemistry_test_ORIGINALFORMAT.csv", RealDataCorrectnessTest::mmluLetters);
        readers.put("mmlu/high_school_chemistry_dev_ORIGINALFORMAT.csv", RealDataCorrectnessTest::mmluLetters);
        readers.put("truthfulqa.csv", RealDataCorrectnessTest::truthfulqa);
        readers.put("simpleqa_sample1k_first200.jsonl", RealDataCorrectnessTest::simpleqa);
        return readers.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyGoldAnswerWrittenLikeAModelIsJudgedCorrect(String file, Function<String, List<Gold>> reader) {
        List<Gold> golds = reader.apply(file);
        assertThat(golds).as(file + " records").isNotEmpty();
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (Gold g : golds) {
            for (String response : responses(g)) {
                checks++;
                Correctness c = checker.check(g.type(), g.item(), response);
                if (!Boolean.TRUE.equals(c.correct())) {
                    failures.add(g.item().id() + ": " + c.reason() + "\n    response tail: "
                            + response.substring(Math.max(0, response.length() - 160)).replace("\n", "\\n"));
                }
            }
        }
        System.out.printf("realdata %-52s %5d records %6d responses %d wrong%n", file, golds.size(), checks,
                failures.size());
        assertThat(failures).as(file + ": responses judged incorrect").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aWrongAnswerWrittenTheSameWayIsJudgedIncorrect(String file, Function<String, List<Gold>> reader) {
        List<Gold> golds = reader.apply(file);
        List<String> accepted = new ArrayList<>();
        int checks = 0;
        for (int i = 0; i < golds.size(); i++) {
            Gold g = golds.get(i);
            String wrong = wrongAnswer(g, golds.get((i + 1) % golds.size()));
            if (wrong == null) {
                continue;
            }
            checks++;
            // a worked solution that boxes the gold answer would (rightly) win over the phrase
            String reasoning = g.reasoning() == null || g.reasoning().contains("\\boxed") ? "" : g.reasoning() + "\n\n";
            String response = reasoning + "So the answer is " + wrong + ".";
            Correctness c = checker.check(g.type(), g.item(), response);
            if (!Boolean.FALSE.equals(c.correct())) {
                accepted.add(g.item().id() + ": " + wrong + " accepted for gold " + g.item().answer());
            }
        }
        System.out.printf("realdata %-52s %5d wrong answers checked, %d accepted%n", file, checks, accepted.size());
        assertThat(accepted).as(file + ": wrong answers judged correct").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"math500_test.jsonl, EXPRESSION", "aime24_test.jsonl, NUMBER"})
    void theDatasetsOwnWorkedSolutionsAreJudgedCorrect(String file, AnswerType type) {
        List<String> failures = new ArrayList<>();
        List<JsonNode> rows = RealData.jsonl(file);
        for (JsonNode n : rows) {
            Item item = item("x", "q", n.get("answer").asText());
            Correctness c = checker.check(type, item, n.get("solution").asText());
            if (!Boolean.TRUE.equals(c.correct())) {
                failures.add(c.reason());
            }
        }
        System.out.printf("realdata %-52s %5d worked solutions, %d judged incorrect%n", file, rows.size(),
                failures.size());
        assertThat(failures).isEmpty();
    }

    /** A different answer of the same kind: the next letter, the gold plus one, another record's answer. */
    static String wrongAnswer(Gold g, Gold other) {
        Item item = g.item();
        return switch (g.type()) {
            case CHOICE -> {
                int next = (item.answer().charAt(0) - 'A' + 1) % item.choices().size();
                yield "(" + Item.letter(next) + ")";
            }
            case NUMBER -> {
                Numbers.Num n = Numbers.first(item.answer());
                yield n == null ? null : String.valueOf((long) Math.floor(n.value()) + 1);
            }
            case EXPRESSION -> {
                String o = other.item().answer();
                yield AnswerCorrectnessChecker.sameExpression(o, item.answer()) ? null : "$" + o + "$";
            }
            default -> {
                // another record's answer, unless it opens with an answer this record accepts ("No, ...")
                String o = other.item().answer();
                List<String> accepted = new ArrayList<>(List.of(Texts.normalize(item.answer())));
                item.aliases().forEach(a -> accepted.add(Texts.normalize(a)));
                yield Texts.readings(o).stream().anyMatch(accepted::contains) ? null : o;
            }
        };
    }

    /** The ways a model states the gold answer of one record. */
    static List<String> responses(Gold g) {
        Item item = g.item();
        String gold = item.answer();
        String r = g.reasoning() == null ? "" : g.reasoning().strip() + "\n\n";
        return switch (g.type()) {
            case NUMBER -> List.of(r + "So the answer is " + gold + ".", r + "The final answer is $\\boxed{" + gold + "}$.",
                    r + "**Answer:** " + gold, r + "In total: " + gold);
            case EXPRESSION -> List.of(r + "The final answer is $\\boxed{" + gold + "}$.",
                    r + "So the answer is $" + gold + "$.", r + "Answer: " + gold);
            case TEXT -> {
                List<String> out = new ArrayList<>(List.of(r + "The answer is: " + gold + ".", "Answer: " + gold));
                item.aliases().forEach(a -> out.add("I looked into it. The correct answer is " + a + "."));
                yield out;
            }
            default -> {
                String text = item.goldChoiceText();
                yield List.of(r + "Answer: (" + gold + ")", r + "The answer is " + gold + ".", r + "**Answer:** " + gold,
                        r + "The correct answer is " + gold + ") " + text, r + "I would choose " + gold + ".",
                        r + "The correct answer is " + text + (text.endsWith(".") ? "" : "."));
            }
        };
    }

    private static Item item(String id, String question, String answer) {
        return new Item(id, question, List.of(), answer, List.of(), null, null, List.of());
    }

    private static Item choice(String id, String question, List<String> options, int gold) {
        return new Item(id, question, options, Item.letter(gold), List.of(), null, null, List.of());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<Gold> gsm8k(String file) {
        List<Gold> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : RealData.jsonl(file)) {
            String[] parts = n.get("answer").asText().split("####");
            String reasoning = parts[0].replaceAll("<<[^>]*>>", "");
            out.add(new Gold(AnswerType.NUMBER, item("gsm8k-" + i++, n.get("question").asText(), parts[1].strip()),
                    reasoning));
        }
        return out;
    }

    static List<Gold> math(String file, String answerField) {
        List<Gold> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : RealData.jsonl(file)) {
            String solution = n.get("solution").asText();
            String answer = answerField != null ? n.get(answerField).asText() : AnswerExtractor.lastBoxed(solution);
            // the worked solution is the reasoning; its own \boxed{} comes before the one we add
            out.add(new Gold(AnswerType.EXPRESSION, item("math-" + i++, n.get("problem").asText(), answer), solution));
        }
        return out;
    }

    static List<Gold> numbers(String file, String questionField, String answerField) {
        List<Gold> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : RealData.jsonl(file)) {
            out.add(new Gold(AnswerType.NUMBER, item("aime-" + i++, n.get(questionField).asText(),
                    n.get(answerField).asText()), n.has("solution") ? n.get("solution").asText() : null));
        }
        return out;
    }

    static List<Gold> aimeCsv(String file) {
        List<List<String>> rows = RealData.csv(file);
        return rows.subList(1, rows.size()).stream()
                .map(r -> new Gold(AnswerType.NUMBER, item(r.get(0), r.get(3), r.get(4)), null)).toList();
    }

    static List<Gold> arc(String file) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode n : RealData.jsonl(file)) {
            List<String> labels = new ArrayList<>();
            List<String> options = new ArrayList<>();
            n.get("question").get("choices").forEach(c -> {
                labels.add(c.get("label").asText());
                options.add(c.get("text").asText());
            });
            int gold = labels.indexOf(n.get("answerKey").asText());
            out.add(new Gold(AnswerType.CHOICE, choice(n.get("id").asText(), n.get("question").get("stem").asText(),
                    options, gold), null));
        }
        return out;
    }

    static List<Gold> commonsense(String file) {
        return RealData.jsonl(file).stream().map(n -> {
            List<String> labels = texts(n.get("choices").get("label"));
            return new Gold(AnswerType.CHOICE, choice(n.get("id").asText(), n.get("question").asText(),
                    texts(n.get("choices").get("text")), labels.indexOf(n.get("answerKey").asText())), null);
        }).toList();
    }

    static List<Gold> medqa(String file) {
        List<Gold> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : RealData.jsonl(file)) {
            List<String> options = new ArrayList<>();
            List<String> letters = new ArrayList<>();
            n.get("options").fields().forEachRemaining(e -> {
                letters.add(e.getKey());
                options.add(e.getValue().asText());
            });
            out.add(new Gold(AnswerType.CHOICE, choice("medqa-" + i++, n.get("question").asText(), options,
                    letters.indexOf(n.get("answer_idx").asText())), "Considering the vignette step by step."));
        }
        return out;
    }

    static List<Gold> indexed(String file, String questionField, String optionsField, String answerField) {
        List<Gold> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : RealData.jsonl(file)) {
            out.add(new Gold(AnswerType.CHOICE, choice("q-" + i++, n.get(questionField).asText(),
                    texts(n.get(optionsField)), n.get(answerField).asInt()), null));
        }
        return out;
    }

    static List<Gold> logiqa(String file) {
        List<String> lines = RealData.lines(file);
        List<Gold> out = new ArrayList<>();
        for (int i = 0; i + 7 < lines.size() + 1; i += 8) {
            if (i + 7 >= lines.size()) {
                break;
            }
            int gold = lines.get(i + 1).strip().charAt(0) - 'a';
            List<String> options = lines.subList(i + 4, i + 8).stream()
                    .map(l -> l.replaceFirst("^[A-D]\\.", "").strip()).toList();
            out.add(new Gold(AnswerType.CHOICE, choice("logiqa-" + i / 8, lines.get(i + 3), options, gold),
                    lines.get(i + 2)));
        }
        return out;
    }

    static List<Gold> socialiqa(String file) {
        List<JsonNode> rows = RealData.jsonl(file);
        List<String> labels = RealData.lines("socialiqa_dev-labels_first200.lst");
        List<Gold> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode n = rows.get(i);
            List<String> options = List.of(n.get("answerA").asText(), n.get("answerB").asText(),
                    n.get("answerC").asText());
            out.add(new Gold(AnswerType.CHOICE, choice("siqa-" + i, n.get("question").asText(), options,
                    Integer.parseInt(labels.get(i).strip()) - 1), n.get("context").asText()));
        }
        return out;
    }

    static List<Gold> socialiqaOptions(String file) {
        List<Gold> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : RealData.jsonl(file)) {
            List<String> options = texts(n.get("options"));
            out.add(new Gold(AnswerType.CHOICE, choice("siqa-" + i++, n.get("question").asText(), options,
                    options.indexOf(n.get("answer").asText())), n.get("context").asText()));
        }
        return out;
    }

    static List<Gold> scienceqa(String file) {
        List<Gold> out = new ArrayList<>();
        RealData.json(file).fields().forEachRemaining(e -> {
            JsonNode n = e.getValue();
            out.add(new Gold(AnswerType.CHOICE, choice("sqa-" + e.getKey(), n.get("question").asText(),
                    texts(n.get("choices")), n.get("answer").asInt()), n.get("solution").asText()));
        });
        return out;
    }

    static List<Gold> mmluIndexed(String file) {
        List<List<String>> rows = RealData.csv(file);
        List<Gold> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            out.add(new Gold(AnswerType.CHOICE, choice("mmlu-" + i, r.get(0), r.subList(1, 5),
                    Integer.parseInt(r.get(5).strip())), null));
        }
        return out;
    }

    static List<Gold> mmluLetters(String file) {
        List<List<String>> rows = RealData.csv(file);
        List<Gold> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            out.add(new Gold(AnswerType.CHOICE, choice("mmlu-" + i, r.get(0), r.subList(1, 5),
                    r.get(5).strip().charAt(0) - 'A'), null));
        }
        return out;
    }

    static List<Gold> truthfulqa(String file) {
        List<List<String>> rows = RealData.csv(file);
        List<Gold> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            List<String> aliases = Arrays.stream(r.get(4).split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.toList());
            out.add(new Gold(AnswerType.TEXT, new Item("tqa-" + i, r.get(2), List.of(), r.get(3), aliases, null,
                    null, List.of()), null));
        }
        return out;
    }

    static List<Gold> simpleqa(String file) {
        return RealData.jsonl(file).stream().map(n -> new Gold(AnswerType.TEXT,
                item("sqa-" + n.get("id").asText(), n.get("problem").asText(), n.get("target").asText()),
                "I recall this from the record.")).toList();
    }
}
