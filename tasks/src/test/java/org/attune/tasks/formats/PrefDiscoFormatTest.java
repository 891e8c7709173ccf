package org.attune.tasks.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.CheckKind;
import org.attune.api.Item;
import org.attune.api.TaskSet;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.tasks.TaskSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Records in the layout PrefDisco's generator writes (fixtures: test resources prefdisco/, original content). */
class PrefDiscoFormatTest {
    static Path fixture(String name) throws Exception {
        return Path.of(PrefDiscoFormatTest.class.getResource("/prefdisco/" + name).toURI());
    }

    @ParameterizedTest
    @CsvSource({
            "math500, expression, 6, false",
            "aime, number, 4, false",
            "logiqa, choice, B, false",          // correct_option 1 is 0-based
            "socialiqa, choice, B, false",       // label "2" is 1-based
            "commonsenseqa, choice, B, false",   // answerKey letter
            "medqa, choice, A, false",           // answer_idx letter, answer text agrees
            "mmlu, choice, B, false",            // answer 1 is 0-based
            "scienceqa, choice, B, true",        // answer 1 is 0-based; the image lies beside the file
            "simpleqa, text, the Wend, false",
            "mascqa, text, 100, false"})
    void everySourceDatasetIsReadWithItsOwnFieldsAndIndexBase(String dataset, String type, String gold, boolean image)
            throws Exception {
        LoadResult r = TaskFormats.load(fixture("personalized_" + dataset + ".jsonl"), LoadOptions.defaults());
        assertThat(r.format()).isEqualTo("prefdisco");
        assertThat(r.problems()).isEmpty();
        assertThat(r.set().items()).hasSize(2).allSatisfy(i -> {
            assertThat(i.answer()).isEqualTo(gold);
            assertThat(r.set().typeOf(i).id()).isEqualTo(type);
            assertThat(i.id()).matches("problem_\\d+_[a-z]+_[0-9a-f]{8}");
        });
        assertThat(r.personalized()).allSatisfy(p -> {
            assertThat(p.dataset()).isEqualTo(dataset);
            assertThat(p.image() != null).isEqualTo(image);
        });
        // the metadata line's fields that no run uses are named
        assertThat(r.personalized().get(0).unused()).contains("metadata.general_preferences", "persona.usage_count",
                "generation_success", "persona_preferences.*.problem_context");
    }

    @Test
    void theRecordsFieldsKeepTheirMeaning() throws Exception {
        LoadResult r = TaskFormats.load(fixture("personalized_math500.jsonl"), LoadOptions.defaults());
        Item item = r.set().items().get(0);
        assertThat(item.id()).isEqualTo(r.personalized().get(0).itemId()).startsWith("problem_3_solheim_");
        assertThat(item.question()).startsWith("A garden bed is a rectangle");
        assertThat(item.solution()).contains("\\boxed{6}");
        PrefDiscoItem p = r.personalized().get(0);
        PrefDiscoProfile who = p.persona();
        assertThat(who.name()).isEqualTo("Ingrid Solheim");
        assertThat(who.age()).isEqualTo(52);
        assertThat(who.occupation()).isEqualTo("Ferry chief engineer");
        assertThat(who.location()).isEqualTo("Bergen, Norway");
        assertThat(who.hobbies()).containsExactly("restoring wooden boats", "cross-country skiing");
        assertThat(who.knowledgeLevel()).startsWith("Vocational engineering diploma");
        assertThat(who.commonErrors()).isEqualTo("Drops units and sign conventions when working fast");
        assertThat(who.cognitive()).containsKeys("learning_style", "attention_span", "memory_strengths", "problem_solving",
                "collaboration");
        assertThat(who.affective()).hasSize(4);
        assertThat(who.metacognitive()).hasSize(4);
        assertThat(who.bigFive().get("conscientiousness"))
                .isEqualTo(new PrefDiscoProfile.Trait(5, "Meticulous, double-checks every reading"));
        assertThat(who.backstory()).startsWith("Ingrid started as an apprentice oiler");
        assertThat(who.expertise()).containsExactly("marine diesel engines", "hydraulics", "apprentice training");
        assertThat(p.criteria()).extracting(PrefDiscoItem.Criterion::id)
                .containsExactly("pd-worked-example-first", "pd-comfort-with-linear-equations", "pd-answer-length");
        PrefDiscoItem.Criterion c = p.criteria().get(1);
        assertThat(c.value()).isEqualTo("2");
        assertThat(c.valueRange()).isEqualTo("1-5 (1: novice, 3: some exposure, 5: expert)");
        assertThat(c.importance()).isEqualTo(5);
        assertThat(c.kind()).isEqualTo("expertise");
        assertThat(c.justification()).startsWith("She never studied linear equations formally");
        assertThat(c.description()).isEqualTo("How much background on linear equations the person already has");
        assertThat(c.criterion()).contains("(value: 2)");
        assertThat(c.weight()).isEqualTo(0.4545);
        assertThat(c.anchors()).containsOnlyKeys(1, 3, 5);
        // a categorical range given as a list of options
        assertThat(p.criteria().get(2).valueRange()).isEqualTo("very short / short / medium / long");
        assertThat(p.criteria().get(2).value()).isEqualTo("medium");
    }

    @Test
    void aMixedFileGivesEachRecordItsOwnAnswerTypeAndReadsBothPreferenceForms() throws Exception {
        LoadResult r = TaskFormats.load(fixture("personalized_mixed.jsonl"), LoadOptions.defaults());
        assertThat(r.problems()).isEmpty();
        assertThat(r.set().items()).hasSize(10);
        assertThat(r.set().items()).extracting(i -> r.set().typeOf(i)).contains(AnswerType.EXPRESSION, AnswerType.NUMBER,
                AnswerType.CHOICE, AnswerType.TEXT);
        assertThat(r.set().answerType()).isEqualTo(AnswerType.CHOICE); // the most common one
        // list-form persona_preferences (the second record) read as the mapping form
        assertThat(r.personalized().get(1).criteria()).hasSize(3).allSatisfy(c -> assertThat(c.justification()).isNotBlank());
        // an older record's parsed_problem is named as unused when original_problem is read
        assertThat(r.personalized().get(2).unused()).contains("parsed_problem");
        assertThat(r.set().items().get(2).question()).startsWith("Every harbour pilot");
    }

    @Test
    void validationNamesFileLineFieldAndWhat(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(fixture("personalized_mmlu.jsonl"));
        String rec = lines.get(1);
        Path f = dir.resolve("pd.jsonl");
        Files.write(f, List.of(lines.get(0),
                rec,
                rec, // same problem_id again
                lines.get(2).replace("\"local_importance\": 4", "\"local_importance\": 7"),
                lines.get(2).replace("\"problem_id\": \"problem_10_", "\"problem_id\": \"problem_99_")
                        .replace("\"evaluation_rubric\": {\"evaluation_criteria\": [", "\"evaluation_rubric\": {\"evaluation_criteria\": [], \"x\": ["),
                lines.get(2).replace("\"problem_id\": \"problem_10_", "\"problem_id\": \"problem_98_").replace("\"answer\": 1", "\"answer\": 9"),
                lines.get(2).replace("\"problem_id\": \"problem_10_", "\"problem_id\": \"problem_97_").replace("\"score\": 3,", "\"score\": 4,"),
                lines.get(2).replace("\"problem_id\": \"problem_10_", "\"problem_id\": \"problem_96_").replace("\"age\": 23", "\"age\": \"young\""),
                lines.get(2).replace("\"problem_id\": \"problem_10_", "\"problem_id\": \"problem_95_").replaceFirst(", \"persona\": \\{", ", \"someone\": {"),
                "{\"type\": \"metadata\"}"));
        LoadResult r = TaskFormats.load(f, LoadOptions.defaults());
        assertThat(r.set().items()).hasSize(1);
        assertThat(r.problems()).containsExactly(
                f + ":3: problem_id: \"" + r.set().items().get(0).id() + "\" is used again (first on line 2); every record needs its own",
                f + ":4: persona_preferences.Worked Example First.local_importance: expected an integer from 1 to 5, was 7",
                f + ":5: evaluation_rubric.evaluation_criteria: expected a non-empty list, was empty",
                f + ":6: original_problem.answer: index 9 is out of range for 4 options (0-based)",
                f + ":7: evaluation_rubric.evaluation_criteria[0].levels[1].score: expected 1, 3 or 5, was 4",
                f + ":8: persona.demographics.age: expected an integer, was a string (young)",
                f + ":9: persona: is missing (a PrefDisco record has type, problem_id, original_problem, persona,"
                        + " persona_preferences, evaluation_rubric)",
                f + ":10: type: a metadata record may only come first, once");
    }

    @Test
    void aMissingImageIsAProblemOfItsRecord(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("personalized_scienceqa.jsonl");
        Files.copy(fixture("personalized_scienceqa.jsonl"), f);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TaskFormats.load(f, LoadOptions.defaults()));
        assertThat(e.problems().get(0)).isEqualTo(f + ":2: original_problem.image: the image "
                + dir.resolve("images/problem_7_image.png") + " does not exist; put the images folder beside the file");
    }

    @Test
    void exportWritesFilesThatAttuneReadsBackAsTheSameContent(@TempDir Path dir) throws Exception {
        LoadResult r = TaskFormats.load(fixture("personalized_mixed.jsonl"), LoadOptions.defaults());
        PrefDiscoExport.Written w = PrefDiscoExport.write(r, dir);
        assertThat(w.items()).isEqualTo(10);
        TaskSet back = TaskSets.load(w.tasks());
        assertThat(back).isEqualTo(r.set());
        LoadResult again = PrefDiscoImport.load(w.tasks());
        assertThat(again.set()).isEqualTo(r.set());
        assertThat(again.personalized()).isEqualTo(r.personalized());
        AttributeCatalog catalog = AttributeCatalog.load(w.attributes());
        assertThat(catalog.all()).allSatisfy(a -> {
            assertThat(a.check()).isEqualTo(CheckKind.JUDGE);
            assertThat(a.scale()).containsOnlyKeys(1, 3, 5);
        });
        assertThat(catalog.get("pd-comfort-with-linear-equations").category().id()).isEqualTo("expertise");
        InvalidInputException twice = catchThrowableOfType(InvalidInputException.class, () -> PrefDiscoExport.write(r, dir));
        assertThat(twice.problems()).hasSize(3).allSatisfy(p -> assertThat(p).endsWith("already exists; choose another --out folder"));
    }

    @Test
    void anExportThatFailsPartWayLeavesNoneOfItsFilesSoItCanBeRunAgain(@TempDir Path dir) throws Exception {
        LoadResult r = TaskFormats.load(fixture("personalized_mixed.jsonl"), LoadOptions.defaults());
        // the disk fills while the third file is written: half of it reached the disk
        PrefDiscoExport.FileWriter full = (target, bytes) -> {
            if (target.getFileName().toString().endsWith(".prefdisco.yaml")) {
                Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                throw new java.io.IOException("No space left on device");
            }
            org.attune.personas.util.AtomicFiles.write(target, bytes);
        };
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PrefDiscoExport.write(r, dir, full));
        assertThat(e).hasMessageContaining(".prefdisco.yaml").hasMessageContaining("No space left on device");
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing a later --tasks would read as a whole file").isEmpty();
        }
        PrefDiscoExport.Written w = PrefDiscoExport.write(r, dir);
        assertThat(TaskSets.load(w.tasks())).isEqualTo(r.set());
    }

    @Test
    void theProblemGroupOfAnIdIsItsLeadingProblemIndex() {
        assertThat(PrefDiscoItem.problemGroup("problem_12_okafor_1a2b3c4d")).isEqualTo("problem_12");
        assertThat(PrefDiscoItem.problemGroup("item-7")).isNull();
    }

    @Test
    void aNonPrefDiscoFileCannotBeExported(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("gsm8k_z.jsonl");
        Files.writeString(f, "{\"question\": \"One?\", \"answer\": \"#### 1\"}\n");
        LoadResult r = TaskFormats.load(f, LoadOptions.defaults());
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> PrefDiscoExport.write(r, dir)).problems())
                .containsExactly("gsm8k_z: has no PrefDisco records (persona and rubric per item)");
    }
}
