package org.attune.tasks.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.CheckKind;
import org.attune.personas.InvalidInputException;
import org.attune.tasks.AnswerType;
import org.attune.tasks.TaskSet;
import org.attune.tasks.TaskSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefDiscoFormatTest {
    static Path sample() throws Exception {
        return Path.of(PrefDiscoFormatTest.class.getResource("/formats/prefdisco-sample.jsonl").toURI());
    }

    @Test
    void eachRecordBecomesAnItemWithItsOwnPersonaAndWeightedRubric() throws Exception {
        LoadResult r = TaskFormats.load(sample(), LoadOptions.defaults());
        assertThat(r.format()).isEqualTo("prefdisco");
        assertThat(r.problems()).isEmpty();
        TaskSet set = r.set();
        assertThat(set.answerType()).isEqualTo(AnswerType.NUMBER);
        assertThat(set.domain()).isEqualTo("math");
        assertThat(set.items()).extracting(i -> i.id()).containsExactly("pd-sample-001", "pd-sample-002", "pd-sample-003");
        assertThat(set.items()).extracting(i -> i.answer()).containsExactly("252", "252", "48");
        assertThat(r.personalized()).extracting(PrefDiscoItem::itemId).containsExactly("pd-sample-001", "pd-sample-002",
                "pd-sample-003");
        PrefDiscoItem first = r.personalized().get(0);
        assertThat(first.persona()).contains("name: Imogen Valdés", "occupation: retired ferry engineer", "age: 67");
        assertThat(first.criteria()).extracting(PrefDiscoItem.Criterion::id)
                .containsExactly("pd-hand-checkable-arithmetic", "pd-mechanical-analogies", "pd-no-filler");
        assertThat(first.criteria()).extracting(PrefDiscoItem.Criterion::weight).containsExactly(0.5, 0.3, 0.2);
        PrefDiscoItem.Criterion c = first.criteria().get(0);
        assertThat(c.value()).isEqualTo("every intermediate product written out");
        assertThat(c.importance()).isEqualTo(0.5);
        assertThat(c.anchors()).containsOnlyKeys(1, 3, 5).containsEntry(5, "Each product is written out on its own line.");
        assertThat(r.personalized().get(1).persona()).startsWith("Tomasz, 19");
        // the same preference under another persona keeps that persona's own value
        assertThat(r.personalized().get(2).criteria()).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("pd-rates-as-schedules");
            assertThat(x.weight()).isEqualTo(1.0);
        });
    }

    @Test
    void aBrokenRubricIsReportedOnItsLineAndTheRestLoads(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(sample());
        String broken = lines.get(2).replace("{\"score\": 3, \"description\": \"Neutral, neither warm nor cold.\"}, ", "");
        String noPersona = lines.get(3).replaceFirst("\"persona\": \\{[^}]*}, ", "");
        Path f = dir.resolve("pd.jsonl");
        Files.write(f, List.of(lines.get(0), lines.get(1), broken, noPersona, "{\"type\": \"metadata\"}"));
        LoadResult r = TaskFormats.load(f, LoadOptions.defaults());
        assertThat(r.set().items()).extracting(i -> i.id()).containsExactly("pd-sample-001");
        assertThat(r.personalized()).hasSize(1);
        assertThat(r.problems()).containsExactly(
                f + ":3: evaluation_rubric.evaluation_criteria[0].levels: needs a description at score 3",
                f + ":4: persona: is missing",
                f + ":5: a metadata record may only come first, once");
    }

    @Test
    void exportWritesFilesThatAttuneItselfAccepts(@TempDir Path dir) throws Exception {
        LoadResult r = TaskFormats.load(sample(), LoadOptions.defaults());
        PrefDiscoExport.Written w = PrefDiscoExport.write(r, dir);
        assertThat(w.items()).isEqualTo(3);
        TaskSet back = TaskSets.load(w.tasks());
        assertThat(back).isEqualTo(r.set());
        AttributeCatalog catalog = AttributeCatalog.load(w.attributes());
        assertThat(catalog.all()).extracting(a -> a.id()).containsExactly("pd-hand-checkable-arithmetic",
                "pd-mechanical-analogies", "pd-no-filler", "pd-gentle-encouragement", "pd-check-for-understanding",
                "pd-rates-as-schedules");
        assertThat(catalog.all()).allSatisfy(a -> {
            assertThat(a.check()).isEqualTo(CheckKind.JUDGE);
            assertThat(a.scale()).containsOnlyKeys(1, 3, 5);
        });
        assertThat(catalog.get("pd-gentle-encouragement").category().id()).isEqualTo("affect");
        String sidecar = Files.readString(w.personalization());
        assertThat(sidecar).contains("schema: \"" + PrefDiscoExport.SCHEMA + "\"", "item: \"pd-sample-002\"",
                "attribute: \"pd-check-for-understanding\"", "weight: 0.4");
        // never overwrites
        InvalidInputException again = catchThrowableOfType(InvalidInputException.class, () -> PrefDiscoExport.write(r, dir));
        assertThat(again.problems()).hasSize(3).allSatisfy(p -> assertThat(p).endsWith("already exists; choose another --out folder"));
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
