package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.personas.ActivePreference;
import org.attune.personas.Attribute;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.CheckKind;
import org.attune.personas.Ids;
import org.attune.personas.InvalidInputException;
import org.attune.personas.Persona;
import org.attune.personas.Preference;
import org.attune.runners.PrefDiscoSample;
import org.attune.tasks.formats.LoadOptions;
import org.attune.tasks.formats.PrefDiscoItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalizedContentTest {
    static PersonalizedContent sample(int limit) {
        return ContentResolver.content(List.of(PrefDiscoSample.path().toString()), limit, LoadOptions.defaults(), x -> { })
                .personalized();
    }

    @Test
    void eachItemGetsAPersonaWithOnePreferencePerCriterionAtTheTopOfTheScale() {
        PersonalizedContent c = sample(0);
        PersonalizedContent.Own first = c.find("prefdisco-sample", "pd-sample-001").orElseThrow();
        Persona p = first.persona();
        assertThat(p.id()).isEqualTo("pd-pd-sample-001").matches(Ids::isValid);
        assertThat(p.name()).isEqualTo("Imogen Valdés");
        assertThat(p.age()).isEqualTo(67);
        assertThat(p.occupation()).isEqualTo("retired ferry engineer");
        assertThat(p.background()).startsWith("Spent forty years keeping diesel engines running");
        // local importance 0.5 / 0.3 / 0.2 on 1-5; the reason is the record's value
        assertThat(p.preferences()).containsExactly(
                Map.entry("pd-hand-checkable-arithmetic", new Preference("5", 3, "every intermediate product written out")),
                Map.entry("pd-mechanical-analogies", new Preference("5", 2, "one short comparison to machinery")),
                Map.entry("pd-no-filler", new Preference("5", 2, "start with the working")));
        assertThat(first.preferences().items()).extracting(ActivePreference::attribute, ActivePreference::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pd-hand-checkable-arithmetic", 0.5),
                        org.assertj.core.groups.Tuple.tuple("pd-mechanical-analogies", 0.3),
                        org.assertj.core.groups.Tuple.tuple("pd-no-filler", 0.2));
        Persona text = c.find("prefdisco-sample", "pd-sample-002").orElseThrow().persona();
        assertThat(text.name()).isEqualTo("Tomasz");
        assertThat(text.age()).isEqualTo(19);
        assertThat(text.background()).startsWith("Tomasz, 19, first-year nursing student");
        assertThat(text.profile()).contains(PrefDiscoPersona.UNSTATED_LOCATION);
        assertThat(c.find("prefdisco-sample", "pd-sample-004")).isEmpty();
        assertThat(c.find("other", "pd-sample-001")).isEmpty();
    }

    @Test
    void theCatalogGainsAJudgeAttributePerCriterionWithTheRubricLevelsAsAnchors() {
        AttributeCatalog builtin = AttributeCatalog.builtin();
        AttributeCatalog run = sample(0).extend(builtin);
        assertThat(run.size()).isEqualTo(builtin.size() + 6);
        Attribute a = run.get("pd-hand-checkable-arithmetic");
        assertThat(a.check()).isEqualTo(CheckKind.JUDGE);
        assertThat(a.scale()).containsExactlyInAnyOrderEntriesOf(Map.of(1, "Only the final number is given.",
                3, "Some products are shown, others are skipped.", 5, "Each product is written out on its own line."));
        assertThat(a.description()).isEqualTo("Every intermediate product appears on its own line.");
        assertThat(a.domains()).containsExactly("all");
        assertThat(a.questionHints()).isNotEmpty().allSatisfy(h -> assertThat(h).contains("hand-checkable arithmetic"));
        assertThat(a.describe("5")).isEqualTo("Each product is written out on its own line.");
        assertThat(PersonalizedContent.none().extend(builtin)).isSameAs(builtin);
    }

    @Test
    void aLimitKeepsTheIdsOfTheItemsItKeepsAndDropsTheRest() {
        PersonalizedContent one = sample(1);
        assertThat(one.personas()).extracting(Persona::id).containsExactly("pd-pd-sample-001");
        assertThat(one.extend(AttributeCatalog.of(List.of())).all()).extracting(Attribute::id)
                .containsExactly("pd-hand-checkable-arithmetic", "pd-mechanical-analogies", "pd-no-filler");
        assertThat(one.find("prefdisco-sample", "pd-sample-001").orElseThrow())
                .isEqualTo(sample(0).find("prefdisco-sample", "pd-sample-001").orElseThrow());
    }

    @Test
    void importanceComesFromTheRecordOrElseFromTheWeight() {
        assertThat(PersonalizedContent.importance(criterion(0.9, 0.1), 1)).isEqualTo(5);
        assertThat(PersonalizedContent.importance(criterion(0.1, 0.9), 1)).isEqualTo(1);
        assertThat(PersonalizedContent.importance(criterion(4.0, 0.5), 1)).isEqualTo(4);
        assertThat(PersonalizedContent.importance(criterion(null, 3), 4)).isEqualTo(4);
        assertThat(PersonalizedContent.importance(criterion(null, 1), 4)).isEqualTo(2);
    }

    private static PrefDiscoItem.Criterion criterion(Double importance, double weight) {
        return new PrefDiscoItem.Criterion("pd-x", "X", "x", null, importance, weight, Map.of(1, "a", 3, "b", 5, "c"));
    }

    @Test
    void personaIdsArePathSafeAndUniqueAcrossFiles(@TempDir Path tmp) throws Exception {
        assertThat(PersonalizedContent.pathSafe("Q:12/../Ab C")).isEqualTo("q-12-.-ab-c").matches(Ids::isValid);
        Path copy = tmp.resolve("again.jsonl");
        Files.copy(PrefDiscoSample.path(), copy);
        PersonalizedContent both = ContentResolver.content(List.of(PrefDiscoSample.path().toString(), copy.toString()), 0,
                LoadOptions.defaults(), x -> { }).personalized();
        assertThat(both.find("again", "pd-sample-001").orElseThrow().persona().id()).isEqualTo("pd-pd-sample-001-2");
        // the same criteria in both files are the same attributes
        assertThat(both.extend(AttributeCatalog.of(List.of())).size()).isEqualTo(6);
    }

    @Test
    void aCriterionThatTakesABuiltinAttributeIdIsAnInputError() {
        Attribute clash = sample(0).extend(AttributeCatalog.of(List.of())).get("pd-no-filler");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> sample(0).extend(AttributeCatalog.of(List.of(clash))));
        assertThat(e.getMessage()).contains("\"No filler\"", "pd-no-filler");
    }
}
