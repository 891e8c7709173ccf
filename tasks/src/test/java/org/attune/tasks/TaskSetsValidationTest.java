package org.attune.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.attune.api.AnswerType;
import org.attune.api.TaskSet;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Files2;
import org.junit.jupiter.api.Test;

/** Broken copies of a built-in task set are rejected with "file: field: what" lines. */
class TaskSetsValidationTest {
    private static final String NAME = "copy/formal-logic.yaml";

    private static String original() {
        return Files2.readResource(TaskSets.BUILTIN_DIR + "formal-logic.yaml");
    }

    private static InvalidInputException reject(String text) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TaskSets.parse(NAME, Files2.parse(NAME, text)));
        assertThat(e).as("expected the copy to be rejected").isNotNull();
        assertThat(e.problems()).allMatch(p -> p.startsWith(NAME + ": "));
        return e;
    }

    @Test
    void theUnchangedCopyParses() {
        assertThat(TaskSets.parse(NAME, Files2.parse(NAME, original())).items()).hasSize(20);
    }

    @Test
    void missingItemId() {
        String broken = original().replaceFirst("  - id: logic-001\n    question:", "  - question:");
        assertThat(reject(broken).problems()).containsExactly(NAME + ": items[0].id: is required");
    }

    @Test
    void aMisspelledKeyIsAnErrorWithTheClosestKnownNameNotSilentlyIgnored() {
        // "aliasses" ignored would score the listed alternative answers as wrong
        String item = original().replaceFirst("answer: B\n", "answer: B\n    aliasses: [the second]\n");
        assertThat(reject(item).problems()).singleElement().asString()
                .startsWith(NAME + ": items.logic-001.aliasses: unknown field").endsWith("; did you mean \"aliases\"?");
        String top = original().replace("domain: ", "domian: x\ndomain: ");
        assertThat(reject(top).problems()).singleElement().asString()
                .startsWith(NAME + ": domian: unknown field").contains("did you mean \"domain\"?");
    }

    @Test
    void duplicateItemId() {
        String broken = original().replace("id: logic-002", "id: logic-001");
        assertThat(reject(broken).problems()).containsExactly(NAME + ": items[1].id: duplicate id \"logic-001\"");
    }

    @Test
    void answerLetterOutOfRange() {
        String broken = original().replaceFirst("answer: B\n", "answer: F\n");
        assertThat(reject(broken).problems())
                .containsExactly(NAME + ": items.logic-001.answer: must be a letter from A to D, was \"F\"");
    }

    @Test
    void anItemMayHaveItsOwnAnswerTypeWhichItsAnswerMustFit() {
        String own = original().replaceFirst("  - id: logic-001\n", "  - id: logic-001\n    answerType: text\n")
                .replaceFirst("answer: B\n", "answer: Hedwig\n");
        TaskSet set = TaskSets.parse(NAME, Files2.parse(NAME, own));
        assertThat(set.typeOf(set.items().get(0))).isEqualTo(AnswerType.TEXT);
        assertThat(set.typeOf(set.items().get(1))).isEqualTo(set.answerType()).isEqualTo(AnswerType.CHOICE);
        String bad = original().replaceFirst("  - id: logic-001\n", "  - id: logic-001\n    answerType: poem\n");
        assertThat(reject(bad).problems()).containsExactly(
                NAME + ": items.logic-001.answerType: must be number, choice, text, expression or open; was \"poem\"");
    }

    @Test
    void answerThatIsNotALetter() {
        String broken = original().replaceFirst("answer: B\n", "answer: Hedwig\n");
        assertThat(reject(broken).problems())
                .containsExactly(NAME + ": items.logic-001.answer: must be a letter from A to D, was \"Hedwig\"");
    }

    @Test
    void unknownAnswerType() {
        String broken = original().replace("answerType: choice", "answerType: essay");
        assertThat(reject(broken).problems()).contains(
                NAME + ": answerType: must be number, choice, text, expression or open; was \"essay\"");
    }

    @Test
    void choicesOfTheWrongType() {
        String broken = original().replaceFirst("(?s)    choices:\n(      - [^\n]*\n)+", "    choices: four of them\n");
        assertThat(reject(broken).problems())
                .containsExactly(NAME + ": items.logic-001.choices: expected a list, was a string");
    }

    @Test
    void aChoiceItemWithoutChoices() {
        String broken = original().replaceFirst("(?s)    choices:\n(      - [^\n]*\n)+", "");
        assertThat(reject(broken).problems()).containsExactly(NAME + ": items.logic-001.choices: is required");
    }

    @Test
    void itemsOfTheWrongType() {
        String broken = original().replaceFirst("(?s)items:\n.*", "items: 20\n");
        assertThat(reject(broken).problems()).containsExactly(NAME + ": items: expected a list, was an integer");
    }

    @Test
    void wrongSchemaAndMissingQuestion() {
        String broken = original().replace("schema: attune.taskset/v1", "schema: attune.taskset/v9")
                .replaceFirst("    question: >-\n      All owls[^\n]*\n[^\n]*\n", "");
        assertThat(reject(broken).problems()).containsExactlyInAnyOrder(
                NAME + ": schema: expected \"attune.taskset/v1\", was \"attune.taskset/v9\"",
                NAME + ": items.logic-001.question: is required");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String broken = original().replaceFirst("answer: B\n", "answer: Z\n").replaceFirst("answer: D\n", "answer: 7\n");
        assertThat(reject(broken).problems()).hasSize(2);
    }

    @Test
    void malformedYamlNamesTheLine() {
        assertThatThrownBy(() -> Files2.parse(NAME, original().replaceFirst("items:\n", "items: [\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(NAME + ": line ");
    }
}
