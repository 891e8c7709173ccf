package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.api.ActivePreference;
import org.attune.api.Attribute;
import org.attune.api.CheckKind;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.Ids;
import org.attune.personas.InvalidInputException;
import org.attune.runners.PrefDiscoSample;
import org.attune.tasks.formats.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalizedContentTest {
    static final String TASK = "personalized_math500";

    static PersonalizedContent sample(int limit) {
        return ContentResolver.content(List.of(PrefDiscoSample.file(TASK + ".jsonl").toString()), limit,
                LoadOptions.defaults(), x -> { }).personalized();
    }

    static String firstId() {
        return sample(0).personas().get(0).id().substring("pd-".length());
    }

    @Test
    void eachItemGetsThePersonOfItsRecordWithEveryField() {
        PersonalizedContent c = sample(0);
        PersonalizedContent.Own first = c.find(TASK, "problem_3_solheim_49b604fc").orElseThrow();
        Persona p = first.persona();
        assertThat(p.id()).isEqualTo("pd-problem_3_solheim_49b604fc").matches(Ids::isValid);
        assertThat(p.name()).isEqualTo("Ingrid Solheim");
        assertThat(p.age()).isEqualTo(52);
        assertThat(p.occupation()).isEqualTo("Ferry chief engineer");
        assertThat(p.location()).isEqualTo("Bergen, Norway");
        assertThat(p.background()).startsWith("52-year-old ferry engineer in Bergen")
                .contains("Family: Married, two grown sons", "Hobbies: restoring wooden boats, cross-country skiing.",
                        "Backstory: Ingrid started as an apprentice oiler");
        assertThat(p.cognitive()).contains("Knowledge level: Vocational engineering diploma",
                "Common errors: Drops units", "Learning style: Hands-on", "Collaboration: Prefers to work alone");
        assertThat(p.affective()).contains("Anxiety triggers: Being rushed through symbols", "Self regulation: Uses checklists");
        assertThat(p.bigFive().conscientiousness()).isEqualTo(5);
        assertThat(p.bigFive().readings().get("openness")).isEqualTo("openness 3/5: Open to new tools once they are proven");
        assertThat(p.expertise()).containsExactly("marine diesel engines", "hydraulics", "apprentice training");
        // local importance as given; the reason is the record's justification
        assertThat(p.preferences().get("pd-comfort-with-linear-equations")).isEqualTo(new Preference("5", 5,
                "She never studied linear equations formally and stalls on notation she has not seen."));
        // weights: the rubric's weights over their sum
        double total = 0.3636 + 0.4545 + 0.1818;
        assertThat(first.preferences().items()).extracting(ActivePreference::attribute, ActivePreference::importance,
                ActivePreference::weight).containsExactly(
                tuple("pd-worked-example-first", 4, 0.3636 / total),
                tuple("pd-comfort-with-linear-equations", 5, 0.4545 / total),
                tuple("pd-answer-length", 2, 0.1818 / total));
        assertThat(c.criteriaOf(TASK, "problem_3_solheim_49b604fc")).containsExactly("pd-worked-example-first",
                "pd-comfort-with-linear-equations", "pd-answer-length");
        assertThat(c.find("other", "problem_3_solheim_49b604fc")).isEmpty();
    }

    @Test
    void eachCriterionIsAJudgeAttributeWithTheRubricLevelsAndThePersonsValue() {
        AttributeCatalog builtin = AttributeCatalog.builtin();
        AttributeCatalog run = sample(0).extend(builtin);
        assertThat(run.size()).isEqualTo(builtin.size() + 6); // two persons, other values: other attributes
        Attribute a = run.get("pd-comfort-with-linear-equations");
        assertThat(a.check()).isEqualTo(CheckKind.JUDGE);
        assertThat(a.scale()).containsOnlyKeys(1, 3, 5).containsEntry(5,
                "Matches the person's comfort with linear equations (2) throughout");
        assertThat(a.description()).isEqualTo("How much background on linear equations the person already has."
                + " The person's value: 2 (range: 1-5 (1: novice, 3: some exposure, 5: expert))."
                + " Judged as: How well the response fits the person's comfort with linear equations (value: 2)");
        assertThat(a.category().id()).isEqualTo("expertise");
        assertThat(run.get("pd-comfort-with-linear-equations-2").description()).contains("The person's value: 3");
        assertThat(PersonalizedContent.none().extend(builtin)).isSameAs(builtin);
    }

    @Test
    void aLimitKeepsTheIdsOfTheItemsItKeepsAndDropsTheRest() {
        PersonalizedContent one = sample(1);
        assertThat(one.personas()).extracting(Persona::id).containsExactly("pd-problem_3_solheim_49b604fc");
        assertThat(one.find(TASK, "problem_3_solheim_49b604fc").orElseThrow())
                .isEqualTo(sample(0).find(TASK, "problem_3_solheim_49b604fc").orElseThrow());
        assertThat(one.extend(AttributeCatalog.of(List.of())).size()).isEqualTo(3);
    }

    @Test
    void personaIdsArePathSafeAndUniqueAcrossFiles(@TempDir Path tmp) throws Exception {
        assertThat(PersonalizedContent.pathSafe("Q:12/../Ab C")).isEqualTo("q-12-.-ab-c").matches(Ids::isValid);
        Path copy = tmp.resolve("again.jsonl");
        Path sample = PrefDiscoSample.file(TASK + ".jsonl");
        Files.copy(sample, copy);
        PersonalizedContent both = ContentResolver.content(List.of(sample.toString(), copy.toString()), 0,
                LoadOptions.defaults(), x -> { }).personalized();
        assertThat(both.find("again", "problem_3_solheim_49b604fc").orElseThrow().persona().id())
                .isEqualTo("pd-problem_3_solheim_49b604fc-2");
        assertThat(both.extend(AttributeCatalog.of(List.of())).size()).isEqualTo(6);
        assertThat(firstId()).isEqualTo("problem_3_solheim_49b604fc");
    }

    @Test
    void aCriterionThatTakesABuiltinAttributeIdIsAnInputError() {
        Attribute clash = sample(0).extend(AttributeCatalog.of(List.of())).get("pd-answer-length");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> sample(0).extend(AttributeCatalog.of(List.of(clash))));
        assertThat(e.getMessage()).contains("\"Answer Length\"", "pd-answer-length");
    }
}
