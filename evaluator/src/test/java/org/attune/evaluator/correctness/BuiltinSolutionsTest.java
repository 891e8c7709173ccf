package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.api.AnswerType;
import org.attune.api.Correctness;
import org.attune.api.Item;
import org.attune.api.TaskSet;
import org.attune.tasks.TaskSets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each built-in item's own reference solution states its gold answer, and a changed one does not. */
class BuiltinSolutionsTest {
    private final AnswerCorrectnessChecker checker = AnswerCorrectnessChecker.create();

    static Stream<TaskSet> sets() {
        return TaskSets.builtin().values().stream().filter(t -> t.answerType() != AnswerType.OPEN); // open: nothing to check
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everySolutionIsJudgedCorrect(TaskSet set) {
        List<String> failures = new ArrayList<>();
        for (Item item : set.items()) {
            Correctness c = checker.check(set.answerType(), item, item.solution());
            if (!Boolean.TRUE.equals(c.correct())) {
                failures.add(item.id() + ": " + c.reason());
            } else if (set.answerType() == AnswerType.CHOICE && !item.answer().equals(c.extracted())) {
                failures.add(item.id() + ": extracted " + c.extracted());
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void aSolutionWithAnotherFinalAnswerIsJudgedIncorrect(TaskSet set) {
        List<String> accepted = new ArrayList<>();
        List<Item> items = set.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String wrong = switch (set.answerType()) {
                case CHOICE -> "(" + Item.letter((item.answer().charAt(0) - 'A' + 1) % item.choices().size()) + ")";
                default -> items.get((i + 1) % items.size()).answer();
            };
            String solution = item.solution().strip();
            String changed = solution.substring(0, solution.lastIndexOf("The answer is ")) + "The answer is " + wrong + ".";
            Correctness c = checker.check(set.answerType(), item, changed);
            if (!Boolean.FALSE.equals(c.correct())) {
                accepted.add(item.id() + ": accepted " + wrong);
            }
        }
        assertThat(accepted).isEmpty();
    }
}
