package org.attune.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attune.api.AnswerType;
import org.attune.api.Item;
import org.attune.api.TaskSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in task sets load, are complete and follow the solution conventions. */
class BuiltinTaskSetsTest {
    private static final Pattern LIST_OR_HEADING = Pattern.compile("(?m)^\\s*(?:[-*+•]\\s|\\d+[.)]\\s|#)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[A-Z(\"'\\\\$-])");

    static Stream<TaskSet> sets() {
        return TaskSets.builtin().values().stream();
    }

    @Test
    void everyIndexedFileLoadsAndEveryFileIsIndexed() throws IOException {
        Map<String, TaskSet> all = TaskSets.builtin();
        assertThat(all).hasSameSizeAs(TaskSets.builtinFiles());
        for (String file : TaskSets.builtinFiles()) {
            assertThat(all).containsKey(file.replace(".yaml", ""));
        }
        Path dir = Path.of("src/main/resources/attune/tasks");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                List<String> yaml = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).toList();
                assertThat(TaskSets.builtinFiles()).containsExactlyInAnyOrderElementsOf(yaml);
            }
        }
    }

    @Test
    void itemIdsAreUniqueAcrossAllSets() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        sets().flatMap(t -> t.items().stream()).forEach(i -> {
            if (!seen.add(i.id())) {
                duplicates.add(i.id());
            }
        });
        assertThat(duplicates).isEmpty();
        assertThat(seen).hasSizeGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void hasTwentyCompleteItems(TaskSet set) {
        assertThat(set.items()).as(set.id()).hasSizeGreaterThanOrEqualTo(20);
        for (Item item : set.items()) {
            if (set.answerType() == AnswerType.OPEN) {
                assertThat(item.answer()).as(item.id()).isNull();
            } else {
                assertThat(item.answer()).as(item.id()).isNotBlank();
            }
            assertThat(item.source()).as(item.id()).isNotBlank();
            assertThat(item.tags()).as(item.id()).isNotEmpty();
            if (set.answerType() == AnswerType.CHOICE) {
                assertThat(item.choices()).as(item.id()).hasSize(4).doesNotHaveDuplicates();
            } else {
                assertThat(item.choices()).as(item.id()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void choiceAnswersAreSpreadOverTheLetters(TaskSet set) {
        if (set.answerType() != AnswerType.CHOICE) {
            return;
        }
        Map<String, Long> counts = set.items().stream()
                .collect(java.util.stream.Collectors.groupingBy(Item::answer, java.util.stream.Collectors.counting()));
        assertThat(counts.keySet()).as(set.id()).containsExactlyInAnyOrder("A", "B", "C", "D");
        assertThat(counts.values()).as(set.id()).allMatch(n -> n <= set.items().size() / 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void solutionsArePlainParagraphsEndingWithTheAnswer(TaskSet set) {
        if (set.answerType() == AnswerType.OPEN) {
            return; // open sets have no answer to state; WritingTaskSetsTest checks their style
        }
        List<String> problems = new ArrayList<>();
        for (Item item : set.items()) {
            String s = item.solution() == null ? "" : item.solution().strip();
            String expectedEnd = "The answer is " + (set.answerType() == AnswerType.CHOICE
                    ? "(" + item.answer() + ")" : item.answer()) + ".";
            if (!s.endsWith(expectedEnd)) {
                problems.add(item.id() + ": does not end with \"" + expectedEnd + "\"");
            }
            if (s.indexOf("answer is") != s.lastIndexOf("answer is")) {
                problems.add(item.id() + ": states \"answer is\" more than once");
            }
            int sentences = (int) SENTENCE_END.matcher(s).results().count() + 1;
            if (sentences < 3 || sentences > 8) {
                problems.add(item.id() + ": has " + sentences + " sentences");
            }
            if (LIST_OR_HEADING.matcher(s).find() || EMPHASIS.matcher(s).find()) {
                problems.add(item.id() + ": uses list, heading or emphasis markup");
            }
            if (s.codePoints().anyMatch(c -> c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF))) {
                problems.add(item.id() + ": contains an emoji");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void fullAndLongitudinalSuitesSplitEverySetAndQuickListsOnlyKnownOnes() {
        Set<String> ids = TaskSets.builtin().keySet();
        List<String> full = Suite.builtin("full").tasks();
        List<String> longitudinal = Suite.builtin("longitudinal").tasks();
        // open writing sets have no correctness score, so they live only in the longitudinal suite
        assertThat(longitudinal).allMatch(id -> TaskSets.builtin().get(id).answerType() == AnswerType.OPEN);
        assertThat(full).doesNotContainAnyElementsOf(longitudinal);
        List<String> both = new ArrayList<>(full);
        both.addAll(longitudinal);
        assertThat(both).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ids).containsAll(Suite.builtin("quick").tasks());
    }
}
