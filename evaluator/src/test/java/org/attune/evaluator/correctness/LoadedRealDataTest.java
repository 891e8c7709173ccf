package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.api.AnswerType;
import org.attune.api.Correctness;
import org.attune.api.Item;
import org.attune.api.TaskSet;
import org.attune.tasks.formats.LoadOptions;
import org.attune.tasks.formats.LoadResult;
import org.attune.tasks.formats.TaskFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loads every public benchmark sample through {@link TaskFormats} (auto-detected) and checks that
 * each record either became an item or was reported as {@code file:line: why}, and that the gold
 * answer of every loaded item, written the way a model would, is judged correct, as is the
 * reference solution the loader attached.
 */
class LoadedRealDataTest {
    private final AnswerCorrectnessChecker checker = AnswerCorrectnessChecker.create();

    static Stream<Arguments> files() {
        return Stream.of(
                // file, expected format, answer type override, records loaded, records reported
                Arguments.of("gsm8k_test.jsonl", "gsm8k", null, 1319, 0),
                Arguments.of("math500_test.jsonl", "math", null, 500, 0),
                Arguments.of("math_test_first200.jsonl", "math", null, 200, 0),
                Arguments.of("aime24_test.jsonl", "aime", null, 30, 0),
                Arguments.of("aime25_test.jsonl", "aime", null, 30, 0),
                Arguments.of("aime_1983_2024_first200.csv", "aime", null, 200, 0),
                Arguments.of("arc_challenge_test_first200.jsonl", "arc", null, 200, 0),
                Arguments.of("commonsenseqa_validation_hfformat_first200.jsonl", "commonsenseqa", null, 200, 0),
                Arguments.of("medqa_usmle_4options_test_first200.jsonl", "medqa", null, 200, 0),
                Arguments.of("mmlu_stem_test_first200.jsonl", "mmlu", null, 200, 0),
                Arguments.of("mmlu/abstract_algebra_dev.csv", "mmlu", null, 5, 0),
                Arguments.of("mmlu/abstract_algebra_test.csv", "mmlu", null, 100, 0),
                Arguments.of("mmlu/anatomy_test.csv", "mmlu", null, 135, 0),
                Arguments.of("mmlu/college_medicine_test.csv", "mmlu", null, 173, 0),
                Arguments.of("mmlu/formal_logic_test.csv", "mmlu", null, 126, 0),
                Arguments.of("mmlu/global_facts_test.csv", "mmlu", null, 100, 0),
                Arguments.of("mmlu/high_school_mathematics_test.csv", "mmlu", null, 270, 0),
                Arguments.of("mmlu/high_school_us_history_test.csv", "mmlu", null, 204, 0),
                Arguments.of("mmlu/high_school_chemistry_test_ORIGINALFORMAT.csv", "mmlu", null, 203, 0),
                Arguments.of("mmlu/high_school_chemistry_dev_ORIGINALFORMAT.csv", "mmlu", null, 5, 0),
                Arguments.of("logiqa2_test_first200.jsonl", "logiqa", null, 200, 0),
                Arguments.of("logiqa_test_first200.txt", "logiqa", null, 200, 0),
                Arguments.of("socialiqa_dev_first200.jsonl", "socialiqa", null, 200, 0),
                Arguments.of("socialiqa_dev_optionsformat_first200.jsonl", "socialiqa", null, 200, 0),
                Arguments.of("truthfulqa.csv", "truthfulqa", null, 817, 0),
                Arguments.of("truthfulqa.csv", "truthfulqa", "choice", 817, 0),
                Arguments.of("simpleqa_sample1k_first200.jsonl", "simpleqa", null, 200, 0),
                // 67 of the 150 problems refer to an image that is not in the data
                Arguments.of("scienceqa/problems_150subset.json", "scienceqa", null, 83, 67));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("files")
    void everyRecordLoadsOrIsReportedAndEveryGoldIsJudgedCorrect(String file, String format, String type, int loaded,
                                                                 int reported) {
        Path path = RealData.file(file);
        LoadResult r = TaskFormats.load(path, LoadOptions.parse(null, List.of(), type, null, null));
        TaskSet set = r.set();
        assertThat(r.format()).isEqualTo(format);
        assertThat(set.items()).hasSize(loaded);
        assertThat(r.problems()).hasSize(reported);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p).matches("\\Q" + path + "\\E:\\d+: \\S.*"));
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (Item item : set.items()) {
            for (String response : RealDataCorrectnessTest.responses(
                    new RealDataCorrectnessTest.Gold(set.answerType(), item, null))) {
                checks++;
                verdict(set.answerType(), item, response, failures);
            }
            if (item.solution() != null) {
                checks++;
                verdict(set.answerType(), item, item.solution(), failures);
            }
        }
        System.out.printf("loaded %-50s %-13s %-6s %5d items %3d reported %6d responses %d wrong%n", file, format,
                set.answerType().id(), set.items().size(), r.problems().size(), checks, failures.size());
        assertThat(failures).as(file + ": gold answers judged incorrect").isEmpty();
    }

    private void verdict(AnswerType type, Item item, String response, List<String> failures) {
        Correctness c = checker.check(type, item, response);
        if (!Boolean.TRUE.equals(c.correct())) {
            failures.add(item.id() + ": " + c.reason() + " | tail: "
                    + response.substring(Math.max(0, response.length() - 120)).replace("\n", "\\n"));
        }
    }
}
