package org.attune.tasks.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;
import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericAndLabelsTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, List.of(lines));
        return f;
    }

    @Test
    void aFieldMappingReadsAnyJsonLinesFile() throws Exception {
        Path f = write("quiz.jsonl",
                "{\"uid\": 7, \"problem\": \"Which is a prime?\", \"options\": [\"4\", \"6\", \"7\"], \"target\": 2}",
                "{\"uid\": 8, \"problem\": \"Which is even?\", \"options\": {\"A\": \"3\", \"B\": \"8\"}, \"target\": \"B\"}",
                "{\"uid\": 9, \"problem\": \"Which is odd?\", \"options\": [\"2\", \"9\"], \"target\": \"9\"}",
                "{\"uid\": 10, \"problem\": \"Bad\", \"options\": [\"2\", \"9\"], \"target\": 5}");
        LoadResult r = TaskFormats.load(f, LoadOptions.parse(null,
                List.of("question=problem", "answer=target", "choices=options", "id=uid"), null, null, null));
        assertThat(r.format()).isEqualTo("generic");
        assertThat(r.set().answerType()).isEqualTo(AnswerType.CHOICE);
        assertThat(r.set().items()).extracting(Item::id).containsExactly("quiz-7", "quiz-8", "quiz-9");
        assertThat(r.set().items()).extracting(Item::answer).containsExactly("C", "B", "B");
        assertThat(r.problems()).containsExactly(f + ":4: target: index 5 is out of range for 2 options (0-based)");
    }

    @Test
    void theAnswerTypeIsInferredOrGivenAndCsvChoicesMayListColumns() throws Exception {
        Path nums = write("rates.jsonl", "{\"question\": \"6 x 7?\", \"answer\": \"42\"}",
                "{\"question\": \"Half of 3?\", \"answer\": 1.5}");
        LoadResult n = TaskFormats.load(nums, LoadOptions.defaults());
        assertThat(n.set().answerType()).isEqualTo(AnswerType.NUMBER);
        assertThat(n.set().domain()).isEqualTo("math");
        assertThat(n.set().items()).extracting(Item::id).containsExactly("rates-0001", "rates-0002");
        LoadResult e = TaskFormats.load(nums, LoadOptions.parse(null, null, "expression", null, "logic"));
        assertThat(e.set().answerType()).isEqualTo(AnswerType.EXPRESSION);
        assertThat(e.set().domain()).isEqualTo("logic");
        Path csv = write("capitals.csv", "q,first,second,third,gold,alts", "Capital of Peru?,Quito,Lima,Bogota,Lima,",
                "Capital of Chile?,Santiago,La Paz,Asuncion,A,");
        LoadResult c = TaskFormats.load(csv, LoadOptions.parse(null,
                List.of("question=q", "choices=first|second|third", "answer=gold"), null, null, null));
        assertThat(c.set().items()).extracting(Item::answer).containsExactly("B", "A");
        LoadResult t = TaskFormats.load(csv, LoadOptions.parse(null,
                List.of("question=q", "answer=gold", "aliases=alts"), "text", null, null));
        assertThat(t.set().answerType()).isEqualTo(AnswerType.TEXT);
        assertThat(t.set().items()).extracting(Item::answer).containsExactly("Lima", "A");
    }

    @Test
    void withoutAQuestionFieldTheMessageSaysHowToMapIt() throws Exception {
        Path f = write("odd.jsonl", "{\"body\": \"x\", \"answer\": \"y\"}");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TaskFormats.load(f, LoadOptions.defaults()));
        assertThat(e.problems().get(0)).isEqualTo(f + ":1: question: no field found (looked for question, problem, prompt,"
                + " input, query, Question, Problem); name it with --map question=FIELD");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> LoadOptions.parse(null, List.of("question", "colour=x", "answer=a", "answer=b"), null, null, null)).problems())
                .containsExactly("--map: expected TARGET=FIELD, was \"question\"",
                        "--map: unknown target \"colour\" (known: " + String.join(", ", LoadOptions.MAP_KEYS) + ")",
                        "--map: \"answer\" is mapped twice");
    }

    @Test
    void socialIqaLabelsComeFromTheOptionOrTheFileBesideTheData() throws Exception {
        String rec = "{\"context\": \"Kai lent Sam a bike.\", \"question\": \"How does Sam feel?\", \"answerA\": \"grateful\","
                + " \"answerB\": \"angry\", \"answerC\": \"bored\"}";
        Path data = write("siqa_dev.jsonl", rec, rec.replace("Kai", "Ana"), rec.replace("Kai", "Lee"));
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> TaskFormats.load(data, LoadOptions.defaults()));
        assertThat(missing.problems().get(0)).contains("give the labels file with --labels FILE");
        Path labels = write("other.txt", "1", "2", "x");
        LoadResult r = TaskFormats.load(data, LoadOptions.parse(null, null, null, labels, null));
        assertThat(r.set().items()).extracting(Item::answer).containsExactly("A", "B");
        assertThat(r.set().items().get(0).question()).isEqualTo("Kai lent Sam a bike.\n\nHow does Sam feel?");
        assertThat(r.problems()).containsExactly(data + ":3: label on line 3 of other.txt must be 1, 2 or 3, was \"x\"");
        write("siqa_dev-labels.lst", "3", "3");
        LoadResult beside = TaskFormats.load(data, LoadOptions.defaults());
        assertThat(beside.set().items()).extracting(Item::answer).containsExactly("C", "C");
        assertThat(beside.problems()).containsExactly(
                data + ":3: no label for this record: siqa_dev-labels.lst has only 2 lines",
                data + ": the labels file " + dir.resolve("siqa_dev-labels.lst") + " has 2 labels for 3 records");
    }

    @Test
    void logiQaTextBlocksGoByTheirLabelsEvenOutOfOrder() throws Exception {
        Path f = write("logiqa_x.txt", "", "c", "Three friends sit in a row.", "Who sits in the middle?",
                "A.Ann", "C.Cy", "B.Bo", "D.Di", "", "b", "Context two.", "Question two?", "A.x", "B.y", "C.z");
        LoadResult r = TaskFormats.load(f, LoadOptions.defaults());
        assertThat(r.format()).isEqualTo("logiqa");
        assertThat(r.set().items()).singleElement().satisfies(i -> {
            assertThat(i.choices()).containsExactly("Ann", "Bo", "Cy", "Di");
            assertThat(i.goldChoiceText()).isEqualTo("Cy");
        });
        assertThat(r.problems()).containsExactly(f + ":10: expected 7 lines (answer letter, context, question, options A-D), found 6");
    }

    @Test
    void detectionUsesFieldsBeforeNames() throws Exception {
        assertThat(TaskFormats.detect(write("a.jsonl", "{\"question\": \"q\", \"answer\": \"x\\n#### 3\"}"))).isEqualTo("gsm8k");
        assertThat(TaskFormats.detect(write("b.jsonl", "{\"problem\": \"p\", \"solution\": \"\\\\boxed{2}\", \"level\": \"Level 1\"}")))
                .isEqualTo("math");
        assertThat(TaskFormats.detect(write("c.jsonl", "{\"question\": \"q\", \"options\": {\"A\": \"x\"}, \"answer_idx\": \"A\"}")))
                .isEqualTo("medqa");
        assertThat(TaskFormats.detect(write("d.jsonl", "{\"id\": 1, \"text\": \"t\", \"question\": \"q\", \"options\": [\"a\"], \"answer\": 0}")))
                .isEqualTo("logiqa");
        assertThat(TaskFormats.detect(write("e.csv", "Type,Category,Question,Best Answer,Correct Answers,Incorrect Answers,Source")))
                .isEqualTo("truthfulqa");
        assertThat(TaskFormats.detect(write("f.csv", "What?,a,b,c,d,B"))).isEqualTo("mmlu");
        assertThat(TaskFormats.detect(write("aime_2020.jsonl", "{\"question\": \"q\", \"answer\": 70.0}"))).isEqualTo("aime");
        assertThat(TaskFormats.detect(write("g.json", "{\"17\": {\"question\": \"q\", \"choices\": [\"a\", \"b\"], \"answer\": 1, \"hint\": \"\"}}")))
                .isEqualTo("scienceqa");
        assertThat(TaskFormats.detect(write("h.jsonl", "{\"prompt\": \"q\", \"output\": \"x\"}"))).isEqualTo("generic");
        assertThat(TaskFormats.claims(dir.resolve("x.yaml"), LoadOptions.defaults())).isFalse();
        assertThat(TaskFormats.claims(write("native.json", "{\"schema\": \"attune.taskset/v1\"}"), LoadOptions.defaults())).isFalse();
        assertThat(TaskFormats.claims(dir.resolve("h.jsonl"), LoadOptions.defaults())).isTrue();
    }

    @Test
    void boxedAnswersKeepNestedBraces() {
        assertThat(Boxed.last("so $\\boxed{\\frac{1}{2}}$ and later \\boxed{\\{1, 2\\}}")).isEqualTo("\\{1, 2\\}");
        assertThat(Boxed.last("\\boxed 5$")).isEqualTo("5");
        assertThat(Boxed.last("\\boxed{unclosed")).isNull();
        assertThat(Boxed.last("no box")).isNull();
    }
}
